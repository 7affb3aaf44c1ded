"""`python -m summarizer` is the `summarizer` command (handy from a checkout or worktree)."""

from summarizer.cli import main

main()
