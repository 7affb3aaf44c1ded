"""`python -m summarizer` is the `summarizer` command (handy from a checkout or worktree)."""

from summarizer.cli import main

if __name__ == "__main__":  # worker processes import the main module again: not a second run
    main()
