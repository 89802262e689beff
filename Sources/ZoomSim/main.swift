print("zoom-sim")
