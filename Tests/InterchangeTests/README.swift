// Tests of the Interchange module live in this folder.
