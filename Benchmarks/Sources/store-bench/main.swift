print("store-bench: not written yet")
