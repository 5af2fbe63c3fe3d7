"""Draw clinicdesk's application icon (a calendar page with a cross) as .ico and .png.

    python installer/make_icon.py

Writes clinicdesk/resources/icons/clinicdesk.ico (Windows: the executables, the
installer and its shortcuts) and clinicdesk.png (the window icon on every platform).
Run again only to change the design; the outputs are committed.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "clinicdesk" / "resources" / "icons"
TEAL = (31, 111, 120, 255)  # the palette's accent
WHITE = (255, 255, 255, 255)
SIZE = 256


def draw() -> Image.Image:
    image = Image.new("RGBA", (SIZE, SIZE), (0, 0, 0, 0))
    pen = ImageDraw.Draw(image)
    pen.rounded_rectangle((16, 28, 240, 240), radius=36, fill=TEAL)
    pen.rectangle((16, 76, 240, 84), fill=WHITE)  # the page's binding line
    for x in (72, 184):  # rings
        pen.rounded_rectangle((x - 10, 12, x + 10, 56), radius=10, fill=WHITE)
    pen.rectangle((114, 104, 142, 216), fill=WHITE)  # the cross
    pen.rectangle((72, 146, 184, 174), fill=WHITE)
    return image


def main() -> None:
    image = draw()
    image.save(ICONS / "clinicdesk.png")
    image.save(ICONS / "clinicdesk.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 64, 128, 256)])


if __name__ == "__main__":
    main()
