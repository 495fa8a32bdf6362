print("analysis-bench: not written yet")
