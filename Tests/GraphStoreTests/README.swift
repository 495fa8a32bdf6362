// Tests of the GraphStore module live in this folder.
