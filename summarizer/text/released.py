"""What 'released' sets free when it is no person: a video, footage, a statement.

'Hamas released footage of 13 hostages', 'the army released figures', 'the ministry
released a statement' tell of something published, not of people freed. Every reader
of a release verb (the rules extractor's, the checks' own words for a release) takes
this one exclusion, so no reader counts a published thing as a release.
"""

from __future__ import annotations

NOT_A_THING = (r"(?!\w*\s+(?:(?:a|an|the|its|their|his|her|new|further|more|some|several"
               r"|(?:the\s+)?[\w-]+['\u2019]s)\s+)?(?:(?:new|short|brief|joint|final|full|official"
               r"|preliminary|updated|written|graphic|undated|\w+-\w+|video|audio|photo)\s+)?"
               r"(?:videos?|footage|statements?|reports?|photos?|photographs?|images?|pictures?"
               r"|figures|data|details|lists?|names|documents?|recordings?|audio|clips?"
               r"|findings|results|communiqu\u00e9s?|readouts?|tapes?|letters?|messages?"
               r"|guidelines|guidance|information|an?\s+update|updates|a\s+response"
               r"|proof\s+of\s+life)\b)")
"""A negative lookahead (a regex fragment, case as its pattern's) to write right after a
release verb's stem ('releas', 'released'): the verb does not go on to a thing published,
with at most an article or an owner and one describing word before it ('released a short
video', 'released the ministry's figures'). Put after the stem, it skips the rest of the
word itself ('releases', 'releasing')."""
