"""`summarizer batch`: thousands of articles, none lost or duplicated.

Stream the inputs, summarize each unit (a group or one article) with a bounded
number of model requests in flight, and append one JSONL record per unit as it
completes: a summary, or an error that says which stage failed and why.
Answers are cached on disk by content, costs are counted per attempt, and
large backfills can go through the OpenAI Batch API instead (`openai_batch`).
"""

from summarizer.batch.progress import Stats
from summarizer.batch.runner import BatchOptions, run_batch

__all__ = ["BatchOptions", "Stats", "run_batch"]
