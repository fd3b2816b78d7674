"""The hundred-and-forty-fourth held-out set: 14 long letters (letters/heldout144) whose facts are scattered over pages,
headings, lists, tables, enclosure and copy lists and footers, most quoting the request with its own dates and sums,
with appeal-rights and mediation boilerplate of their own. Written after set 143 was scored and its misses fixed, and so
after reading the intake rules: its wordings were chosen on purpose among those the rules had not been seen to handle.
Seven federal and seven state: an Agricultural Marketing Service final response whose pages "come to you exactly as they
are kept" or are "kept back in their totality" (PDF of two pages), a HUD acknowledgement whose request "hit our inbox"
(an e-mail), an IRS letter that receives a request and adds ten business days (its fields at the top), an NHTSA fee
letter whose costs are a table ending "What you would owe" (Word), a VA appeal decision that "sustain[s]" the
withholding, a Department of Energy e-mail whose searches "turned up empty-handed", a Social Security Administration
letter asking three lettered questions (PDF of two pages); a Washington DNR five-day letter about the request it "took
delivery of" on a day (an e-mail), a New Jersey DEP letter that needs until a day to answer an OPRA request, a Georgia
EPD cost estimate in running prose, a Colorado DOT portal e-mail releasing every page, a Maryland Department of the
Environment denial of an investigative file (PDF of two pages), a MassDOT release with bulleted exemptions, and a New
York DOT FOIL appeal "sustained as to" some records and "otherwise rejected" (an e-mail). Committed before the rules
were run on them.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout144"
# What the rules reach on this set now; it may only go up.
FLOOR = 0
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "n01-ams-partial.pdf", "n02-hud-ack.eml", "n03-irs-ext.txt", "n04-nhtsa-fee.docx", "n05-va-appeal-affirm.txt",
    "n06-doe-no-records.eml", "n07-ssa-clarify.pdf", "n08-wa-dnr-five-day.eml", "n09-nj-dep-ext.txt",
    "n10-ga-epd-fee.txt", "n11-cdot-full.eml", "n12-mde-denial.pdf", "n13-massdot-partial.txt",
    "n14-nysdot-appeal.eml",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
