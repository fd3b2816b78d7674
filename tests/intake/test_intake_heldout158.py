"""The hundred-and-fifty-eighth held-out set: 14 letters (letters/heldout158) from the Department of Justice and its
components, in the structure, check boxes and stock sentences those offices really use: an FBI eFOIPA
acknowledgement e-mail with its check boxes (unusual circumstances, the news-media fee category), an FBI no-records
letter that searched the Central Records System for main files only, with the FOIPA Addendum's standard
neither-confirm-nor-deny paragraphs, an FBI final release with the exemption check-box grid and pages reviewed and
released (PDF), an FBI duplication-fee letter asking for the requester's willingness to pay ($15 a CD, the track
system), an OIP FOIA STAR appeal acknowledgement e-mail on a Bureau of Prisons request, an OIP decision affirming the
adequacy of the FBI's search, an OIP decision affirming EOUSA "on partly modified grounds" with Rule 6(e) under
Exemption 3 (Word), an EOUSA final letter with its RIF/RIP/WIF page counts, check boxes and a referral to the FBI, a
DEA acknowledgement placing the request in the complex track with ten more working days, a Bureau of Prisons final
response withholding a use-of-force video (PDF), a Marshals Service response on remand (e-mail with the letter
attached), an ATF full release (HTML e-mail), an OIP Initial Request Staff acknowledgement that grants expedition
and extends "beyond the ten additional days", and an EOUSA denial of expedited processing. Committed before the
rules were run on them.

Blind score: 8 of 14 fully right, and 14 of 14 matched to its request by its number. Wrong were:
- b01 (FBI acknowledgement e-mail): no extension: "[X] Unusual circumstances apply to the processing of your
  request. See 5 U.S.C. § 552(a)(6)(B)(iii). This will delay our ability to make a determination on your request
  within 20 days." (a checked box of unusual circumstances that delay the determination).
- b04 (FBI fee letter): a final full grant of 100 pages instead of a fee estimate of $45.00: "The first 100 pages are
  provided free of charge. If all of the pages that are potentially responsive to your request are released, you
  will owe $45.00 in duplication fees (3 CDs at $15.00 each)." (pages free of charge read as released; the fee owed
  if pages are released not read as an estimate).
- b07 (OIP, Word): exemptions "(b)(3)" without its rule and an "(b)(5)" the component did not cite: "in this
  instance Rule 6(e) of the Federal Rules of Criminal Procedure, which pertains to the secrecy of grand jury
  proceedings" and "EOUSA did not cite Exemption 5 for the prosecution memoranda it withheld in part".
- b12 (ATF, HTML e-mail): 100 pages released instead of 23: "located 23 pages of responsive records ... appropriate
  for release in their entirety" and "did not exceed the two hours of search time and 100 pages of duplication
  provided at no cost" (the free allowance read as pages).
- b13 (OIP Initial Request Staff): expedition denied instead of granted: "we directed your request to the Director of
  Public Affairs, who makes the decision whether to grant or deny expedited processing under this standard. ... The
  Director has determined that your request for expedited processing should be granted."
- b14 (EOUSA, Word): expedition granted instead of denied: "I have concluded that you have not presented a case that
  would warrant granting expedited processing ahead of others."

Real sources each letter is modelled on (names, numbers and dates invented):
- b01, b03: the FBI's FOIPA acknowledgement and release letters and check boxes as quoted in FBI releases and on
  MuckRock (https://www.muckrock.com/foi/united-states-of-america-10/narafbi-fpotus-records-referenced-in-sd-florida-case-no-922-mj-08332-expedited-federal-bureau-of-investigation-133095),
  and the FBI's track system (https://funnysongsabout.com/2022/12/17/how-many-days-until-july-1-2016/, a copy of
  the FBI's "What Happens After Making a Request" page).
- b02: the FBI's main-file search of the Central Records System (https://llrx.com/?p=2176,
  https://rcfp.org/browse-media-law-resources/news/foia-trial-offers-rare-look-how-fbi-searches-records-responds-reques)
  and the FOIPA Addendum's standard paragraphs.
- b04: the FBI's fee letters (https://de.scribd.com/document/30081215/FBI-FOIA-Letter,
  https://de.scribd.com/document/30129316/FBI-FOIALetter-Fee-Idiocy).
- b05, b06, b07, b13: OIP's template paragraphs for requests and appeals
  (https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf), OIP's account of how appeals
  are decided (https://www.justice.gov/open/appeals) and its appeal guidance
  (https://brucedocumentblog.blogspot.com/2022/12/doj-office-of-information-policy-foia.html).
- b08: EOUSA's final letter form and referrals (https://thefoiafiles.wordpress.com/2014/11/22/november-29-2012-eousa-transfers-request-to-dea/,
  http://WWW.JUSTICE.GOV/usao/resources/making-foia-request/foia-frequently-asked-questions).
- b09: DEA's processing tracks and determination letters (https://dea.gov/es/foia/what-happens-after,
  http://www.learndenglisch.com/proxies?url=https%3A%2F%2Fifa.dea.gov%2Ffoia%2Fapp%2FHelp.aspx).
- b10: the Bureau of Prisons' exemption list and FOIA pages (https://www.bop.gov/foia/index.jsp,
  https://www2.fed.bop.gov/foia/).
- b11: a Marshals Service response on remand quoted in full
  (https://lawsintexas.com/us-marshals-narrowing-citizens-foia-requests-is-a-malicious-tactic-to-force-years-of-expensive-litigation)
  and the USMS FOIA page (https://usmarshals.gov/es/node/3746).
- b12: ATF's Disclosure Division letters as described in its declarations
  (https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/) and MuckRock
  (https://www.muckrock.com/foi/united-states-of-america-10/trace-system-database-request-123484/).
- b14: an EOUSA letter denying expedited processing (https://ja.scribd.com/document/390911514/Denial-to-expedite).
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout158"
# What the rules reach on this set now (blind: 8); it may only go up.
FLOOR = 8
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {
    "b01-fbi-ack-efoipa.eml", "b04-fbi-fee-willingness.txt", "b07-oip-affirm-modified-eousa.docx",
    "b12-atf-full-release.eml", "b13-oip-ira-ack-expedite-granted.txt", "b14-eousa-expedite-denied.docx",
}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
