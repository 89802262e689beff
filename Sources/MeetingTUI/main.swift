print("meeting-tui")
