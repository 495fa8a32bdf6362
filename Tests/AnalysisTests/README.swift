// Tests of the Analysis module live in this folder.
