"""How news writes numbers, times and names: one reader of each, shared by the rules
backend, validation, merge and evaluation, so a figure, a date or a party means the
same thing at every stage.

`sentences` cuts text into sentences (abbreviations such as 'U.S.' and 'Nov.' do not
end one), `numbers` reads figures in digits and words, `time` finds time expressions and
resolves them to dates, `nights` tells a time at night and which end of the night,
`entities` gives every party, person, place and category one canonical name,
`name_forms` the spellings a text may write for one, `gazetteer` is the table of known
parties and places, and `modality` tells a clause that reports an event from one that
only threatens, plans or denies it. Pure functions over text; nothing here calls a model.
"""
