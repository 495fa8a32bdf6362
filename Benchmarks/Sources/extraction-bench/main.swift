print("extraction-bench: not written yet")
