// Tests of the ActorGraphKit module live in this folder.
