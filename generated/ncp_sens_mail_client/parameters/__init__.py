"""What the spec says of each operation's parameters: one module per operation."""
