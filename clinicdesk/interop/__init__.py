"""Files and messages for other systems: read-models in, files out (and back)."""
