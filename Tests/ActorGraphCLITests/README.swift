// Tests of the ActorGraphCLI module live in this folder.
