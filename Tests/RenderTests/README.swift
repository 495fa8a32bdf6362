// Tests of the Render module live in this folder.
