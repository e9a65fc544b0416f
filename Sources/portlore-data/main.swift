print("portlore-data")
