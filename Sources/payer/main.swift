// Placeholder: the CLI arrives with issue 3.
print("payer")
