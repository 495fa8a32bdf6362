print("render-bench: not written yet")
