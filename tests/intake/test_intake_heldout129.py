"""The hundred-and-twenty-ninth held-out set: 14 letters (letters/heldout129) from the Justice Department's
components and the State Department, long formal letters in the forms those offices send, written after set 126
was scored and fixed: an FBI eFOIPA acknowledgement e-mail (NFP number) whose fee waiver is still under
consideration, an FBI final release with its pages accounted in a dotted table (reviewed, released, withheld in full,
duplicates) and material sent to another agency (PDF), an Office of Information Policy appeal closed because the
requester sued, an OIP initial-request acknowledgement that needs time "beyond the ten additional days", an EOIR
release of a record of proceedings with its counts in a table (Word, letterhead in the page header), a Bureau of
Prisons denial of camera footage and a 26-page after-action review, a Marshals Service refusal to confirm or deny
records about a named deputy, a DEA e-mail that acknowledges, refuses a fee waiver and estimates the fee, an ATF
second interim release with its counts spelled out (e-mail with the letter attached as a PDF), a Civil Rights
Division withholding under (b)(7)(A), an EOUSA no-records answer (Word), a State Department acknowledgement with
an estimated completion date, a State final response that counts documents, not pages (PDF), and a State Appeals
Review Panel acknowledgement (HTML e-mail). Committed before the rules were run on them.

Blind score: 8 of 14 fully right, and each of the 14 matched to its request by its number. Wrong were:
- c01 (FBI eFOIPA e-mail): a final determination granted in full instead of an acknowledgement, and no date
  received: "Only duplication fees will be charged, and the first 100 pages (or the cost equivalent) are provided
  without charge." (a fee category's free pages read as a release) beside "Your ... request has been logged at FBI
  Headquarters. It came in through eFOIPA on November 30, 2026, ...".
- c02 (FBI, PDF): pages empty: a dotted table "Pages released, in full or with redactions ......... 311" and
  "Pages withheld in full (Deleted Page Sheets) ........ 62".
- c04 (OIP): extension_days 10 from "we need to extend the time limit to respond to your request beyond the ten
  additional days provided by the statute" (more than ten days, the number not said).
- c05 (EOIR, Word): no event at all: "The Executive Office for Immigration Review (EOIR) has finished processing your
  Freedom of Information Act request ..." with a table "| Released in full | 598 |", "| Released in part | 9 |",
  "| Withheld in full | 5 |" and "| Exemptions applied | (b)(5), (b)(6) |".
- c06 (BOP): no outcome and no pages withheld: "the Bureau has determined that both must be withheld from you in
  full" after "two responsive items: approximately eleven hours of camera footage and a 26-page after-action review".
- c07 (USMS): a tracking number only, no denial: "Merely acknowledging whether the USMS holds investigative or
  disciplinary records about a named employee would itself disclose information ... The USMS therefore will not
  say whether or not such records exist. This response is made under 5 U.S.C. § 552(b)(6) and (b)(7)(C)".
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout129"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"c01-fbi-ack-efoipa.eml", "c02-fbi-release-pages.pdf", "c04-oip-ack-complex.txt",
                      "c05-eoir-rop-partial.docx", "c06-bop-video-withheld.txt", "c07-usms-third-party-ncnd.txt"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
