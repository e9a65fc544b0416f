print("portlore")
