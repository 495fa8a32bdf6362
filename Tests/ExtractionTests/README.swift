// Tests of the Extraction module live in this folder.
