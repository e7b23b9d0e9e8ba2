"""Reading source documents and rebuilding the curated dataset from them."""

#: The file of a raw-data folder that says what is known of each document
#: (:mod:`pilotplans.ingest.manifest`); named here so that a folder can be checked for one without
#: importing the manifest's models.
MANIFEST_NAME = "manifest.toml"
