"""Name pools for the synthetic demo clinic: many cultures, accents and punctuation.

Every name here is a common first or family name, combined at random; no real person's
record is described. Each culture pairs given names (with sex) and family names so a
generated patient reads plausibly.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Culture:
    weight: int
    female: tuple[str, ...]
    male: tuple[str, ...]
    family: tuple[str, ...]
    family_first: bool = False  # shown "family given" at home; stored the same way here


CULTURES: tuple[Culture, ...] = (
    Culture(
        30,
        ("Olivia", "Amelia", "Isla", "Emily", "Sophie", "Grace", "Chloé", "Zoë", "Mary-Ann",
         "Charlotte", "Ruth", "Margaret", "Hannah", "Lucy", "Ellie", "Jessica"),
        ("Oliver", "George", "Harry", "Jack", "William", "Thomas", "James", "Arthur", "Noah",
         "Edward", "Henry", "Daniel", "Samuel", "Joseph", "Alfie", "Charlie"),
        ("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
         "Evans", "Thomas", "Roberts", "Walker", "Wright", "Robinson", "Thompson", "White",
         "Hughes", "Edwards", "Green", "Hall", "Wood", "Harris", "Clarke", "Jackson",
         "Smith-Jones", "Lloyd-Webber", "Ap Rhys", "Fitzgerald", "Baxter", "Holloway"),
    ),
    Culture(
        8,
        ("Siobhan", "Aoife", "Niamh", "Sinéad", "Róisín", "Ciara", "Máire"),
        ("Seán", "Pádraig", "Cian", "Oisín", "Declan", "Ciarán", "Eoin"),
        ("O'Brien", "O'Connor", "O'Sullivan", "Murphy", "Kelly", "Ó Briain", "McCarthy",
         "O'Neill", "Byrne", "D'Arcy", "MacLeod", "Ní Bhriain"),
    ),
    Culture(
        6,
        ("Giulia", "Francesca", "Chiara", "Sofia"),
        ("Marco", "Luca", "Giovanni", "Matteo"),
        ("D'Angelo", "Rossi", "Russo", "Esposito", "Bianchi", "De Luca", "Ferrari"),
    ),
    Culture(
        6,
        ("María", "Lucía", "Inés", "Ana", "Beatriz"),
        ("José", "Álvaro", "Javier", "Raúl", "Iñigo"),
        ("García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Muñoz"),
    ),
    Culture(
        5,
        ("Zofia", "Małgorzata", "Agnieszka", "Katarzyna"),
        ("Łukasz", "Paweł", "Michał", "Wojciech", "Jędrzej"),
        ("Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Łukaszewicz", "Zieliński"),
    ),
    Culture(
        4,
        ("Søs", "Ingrid", "Åse", "Freja", "Mette"),
        ("Søren", "Bjørn", "Jørgen", "Anders", "Mikkel"),
        ("Ødegaard", "Jensen", "Nielsen", "Hansen", "Søndergaard", "Bjørnstad", "Åberg"),
    ),
    Culture(
        4,
        ("Anja", "Jürgen", "Lena", "Hannah", "Käthe"),
        ("Jürgen", "Lukas", "Felix", "Maximilian", "Jörg"),
        ("Müller", "Schröder", "Schmidt", "Weiß", "Groß", "Köhler", "Fischer"),
    ),
    Culture(
        3,
        ("Chloé", "Amélie", "Léa", "Hélène", "Océane"),
        ("Loïc", "François", "Jérôme", "Théo", "Noël"),
        ("Lefèvre", "Dupont", "Girard", "Bérenger", "Lemaître", "Faure"),
    ),
    Culture(
        8,
        ("Priya", "Ananya", "Aisha", "Fatima", "Sana", "Deepika"),
        ("Arjun", "Rohan", "Mohammed", "Imran", "Vikram", "Sanjay"),
        ("Patel", "Shah", "Khan", "Singh", "Kaur", "Ahmed", "Hussain", "Chowdhury", "Iyer"),
    ),
    Culture(
        5,
        ("Adaeze", "Chiamaka", "Ngozi", "Amara", "Folake"),
        ("Chinedu", "Oluwaseun", "Emeka", "Kwame", "Tunde"),
        ("Okafor", "Adeyemi", "Mensah", "Okonkwo", "Balogun", "Boateng"),
    ),
    Culture(
        4,
        ("Ngọc", "Thảo", "Hương", "Linh"),
        ("Minh", "Dũng", "Quốc", "Tuấn"),
        ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng"),
        family_first=True,
    ),
    Culture(
        3,
        ("Mei", "Xiu Ying", "秀英", "丽"),
        ("Wei", "Jun", "伟", "强"),
        ("Wang", "Li", "Zhang", "王", "李", "陈"),
        family_first=True,
    ),
    Culture(
        2,
        ("Yuki", "Sakura", "陽子"),
        ("Haruto", "Kenji", "翔太"),
        ("Satō", "Suzuki", "Takahashi", "佐藤", "鈴木"),
        family_first=True,
    ),
    Culture(
        3,
        ("Fatima", "Layla", "Noor", "فاطمة", "ليلى"),
        ("Omar", "Yusuf", "Ali", "محمد", "عمر"),
        ("Al-Sayed", "Haddad", "Abdullah", "El-Amin", "الحسيني", "حداد"),
    ),
    Culture(
        3,
        ("Olga", "Tatiana", "Анна", "Мария"),
        ("Dmitri", "Sergei", "Алексей", "Иван"),
        ("Ivanov", "Petrova", "Иванов", "Смирнова", "Kuznetsov"),
    ),
    Culture(
        3,
        ("Eleni", "Αθηνά", "Maria"),
        ("Giorgos", "Νίκος", "Dimitris"),
        ("Papadopoulos", "Παπαδόπουλος", "Georgiou"),
    ),
)

PREFERRED_NAMES: dict[str, str] = {
    "William": "Bill",
    "Margaret": "Maggie",
    "Thomas": "Tom",
    "Edward": "Ted",
    "José": "Pepe",
    "Katarzyna": "Kasia",
    "Małgorzata": "Gosia",
    "Maximilian": "Max",
    "Alexander": "Sasha",
    "Oluwaseun": "Seun",
}

PROVIDER_NAMES: tuple[str, ...] = (
    "Ana Lee", "Rahul Mehta", "Grace Okafor", "Tomás Ribeiro", "Hannah Schmidt",
    "Ewan MacLeod", "Yuki Tanaka", "Fatima Haddad", "Oliver Grant", "Zsófia Kovács",
    "Daniel Cohen", "Amara Mensah", "Lukas Weber", "Isabel Ortega", "Samuel Adeyemi",
    "Chloe Martin", "Priya Nair", "Jonas Lindqvist", "Mei Chen", "Kieran O'Donnell",
    "Sofia Rossi", "Marek Nowak", "Leah Goldberg", "Ibrahim Khalil", "Nora Berg",
    "Paul Dubois", "Aisha Rahman", "Hugo Moreau", "Eilidh Fraser", "Victor Almeida",
)

STREETS: tuple[str, ...] = (
    "High Street", "Station Road", "Church Lane", "Victoria Road", "Mill Lane",
    "Park Avenue", "Queen's Road", "Orchard Close", "St John's Walk", "Riverside",
)
TOWNS: tuple[tuple[str, str], ...] = (
    ("London", "E1"), ("London", "N7"), ("London", "SE15"), ("Croydon", "CR0"),
    ("Watford", "WD17"), ("Reading", "RG1"),
)
PAYERS: tuple[str, ...] = ("Bupa", "AXA Health", "Vitality", "Aviva", "WPA", "Cigna")
ALERTS: tuple[str, ...] = (
    "Latex allergy",
    "Penicillin allergy",
    "Wheelchair user: ground-floor room",
    "Needs an interpreter",
    "Hearing impaired: prefers text messages",
    "Anxious with needles",
)
