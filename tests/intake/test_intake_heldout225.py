"""The two-hundred-and-twenty-fifth held-out set: 14 letters (letters/heldout225) of the letter types less covered,
each in the wording of its agency, seven federal (components of DHS, Justice, Defense, HHS and Treasury) and seven
from state and local agencies of seven states. Written after the rules had been read and fixed for set 219 (by the
same writer), so its score is recorded apart from the blind ones; committed before the rules were run on it.

The letters: an Air Force (AFMC) acknowledgement memorandum in the form of 32 C.F.R. 806.27 with the day of the release
determination, in the military date style; a Bureau of Prisons "still interested" e-mail; an ATF acknowledgement
granting a fee waiver; a CDC/ATSDR fee-waiver decision granted in part and denied in part with a fee estimate to
prepay; a TIGTA letter that neither confirms nor denies records on a named third party; an ICE appeal decision (PDF)
remanding for a new search; an OSD/JS interim response placing the request in the complex queue for unusual
circumstances; a Seattle Police five-day letter from its Records Center with the day of a response or status update;
a Portland Police Bureau first partial release e-mail with a bulleted list of ORS exemptions; a Denver Police denial
under the Criminal Justice Records Act; a Minnesota Department of Human Services acknowledgement asking to clarify a
data request; a Milwaukee Police cost estimate requiring prepayment; a City of Lansing FOIA appeal decision in Word by
the head of the public body, reversing in part and upholding in part; and a Township of Edison OPRA special service
charge with a deposit.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- j01 Air Force acknowledgement: 32 C.F.R. 806.27(b), the Air Force's suggested language ("We received your Freedom
  of Information Act (FOIA) request dated ..., for ... on ... We will provide you our release determination by ..."),
  https://anthonygarvan.github.io/allregs/html/sections/32CFR806.27.html, and 32 C.F.R. 806.29 (processing tracks),
  http://federal.elaws.us/cfr/title32.part806.section806.29(c)(2)(i))
- j02 Bureau of Prisons still-interested: OGIS's review of "still interested" letters (30 days to answer, then the
  request closed), https://vdocuments.mx/still-interested-part-1-national-archives.html, and the National Security
  Archive's audit of them, https://nsarchive.gwu.edu/briefing-book-foia-audit/foia/2021-03-12/still-interested-letters-add-insult-injury-long-ignored-foia-requests
- j03 ATF acknowledgement and fee waiver: DOJ's fee-waiver standard (28 C.F.R. 16.10(k)) as the 1987 DOJ fee waiver
  policy guidance states it, http://www.patriotnetwork.info/fee_waiver1.htm, and the DOJ components' acknowledgement
  formula of earlier sets ("This acknowledges receipt of your Freedom of Information Act (FOIA) request ...").
- j04 CDC fee waiver in part: CDC/ATSDR's FOIA pages (acknowledgement, fee discussions, PAL),
  https://cdc.gov/foia/faq/index.html and https://cybercemetery.unt.edu/archive/oilspill/20120927223805/http://www.cdc.gov/od/foia/process.htm,
  and HHS's fee rules (45 C.F.R. 5.53-5.54; advance payment over $250) as FDA's fees page states them,
  https://public4.pagefreezer.com/content/FDA/08-08-2023T13:42/https:/www.fda.gov/regulatory-information/freedom-information/foia-fees
- j05 TIGTA neither confirm nor deny: TIGTA's FOIA page (Disclosure Branch, 1401 H Street, tracking numbers),
  https://www.tigta.gov:443/foia, and TIGTA's "neither confirm nor deny" answer on a third party's investigation as
  reported in https://www.govexec.com/oversight/2013/09/treasury-ig-faces-its-own-lawsuit-alleging-foia-violations/69858/
- j06 ICE appeal remand: ICE's Government Information Law Division decisions as earlier sets model them ("a new search
  or modifications to the existing search could be made ... remanded to the ICE FOIA Office for processing and
  re-tasking"); no page of ICE's own was found by the search in the time available.
- j07 OSD/JS interim response: the OSD/JS letters quoted by the National Security Archive (workload of approximately
  3,163 requests), https://nsarchive.gwu.edu/briefing-book-foia-audit/foia/2021-03-12/still-interested-letters-add-insult-injury-long-ignored-foia-requests,
  and the FOIA's unusual circumstances (5 U.S.C. 552(a)(6)(B)(iii)) as DoD components recite them.
- j08 Seattle Police five-day letter: SPD's reply quoted by The Center Square ("At this time, we anticipate having a
  response or a status update to you on or about 5/21/2021"),
  https://www.thecentersquare.com/washington/seattle-public-records-requesters-warned-of-months-long-delays/article_8feb00ec-0db1-11eb-86eb-bbc8e6c8422d.html,
  SPD's requesting-records page (preliminary response within 5 business days, installments),
  https://www.seattle.gov/police/information-and-data/public-disclosure-requests/requesting-records, and its GovQA
  Records Request Center, https://spdblotter.seattle.gov/2016/02/17/introducing-spds-record-request-center/
- j09 Portland Police partial release: ORS 192.345(3) and 192.355(2)(a) as earlier sets' Oregon letters cite them, and
  the district attorney's review of a city's denial (ORS 192.415); written from the statutes.
- j10 Denver Police CCJRA denial: C.R.S. 24-72-305(5) ("contrary to the public interest", records of investigations)
  and (7) (show-cause application), https://codes.findlaw.com/co/title-24-government-state/co-rev-st-sect-24-72-305/,
  and the Denver District Attorney's records policy (criminal justice records, official action),
  https://www.denverda.org/records-request/
- j11 Minnesota DHS clarification: the Data Practices Act guides of Minnesota agencies (written request, inspect or
  copies, clarifying the data sought), https://www.brooklyncentermn.gov/government/departments/administration/city-clerk-s-office/data-requests/-fsiteid-1
  and http://www.beta.mmb.state.mn.us/data-request
- j12 Milwaukee Police prepayment: Wis. Stat. 19.35(3)(c) and (f) (location costs of $50 or more, prepayment over $5),
  https://docs-preview.legis.wisconsin.gov/document/statutes/19.35(7)(a)2., and the Wisconsin DOJ's answer on fees
  (no charge for redaction), https://www.doj.state.wi.us/office-open-government/ask-the-oog/authority-will-not-provide-me-records-i-requested-unless-i-pay
- j13 City of Lansing appeal decision: MCL 15.240 (appeal to the head of the public body; reverse or uphold), the
  Attorney General's FOIA Handbook, https://vdocuments.site/freedom-of-information-act-handbook-6-example-by-mailing-a-letter-or-electronically.html
- j14 Township of Edison special service charge: N.J.S.A. 47:1A-5(c) as the League of Municipalities explains it,
  http://www.njslom.org/magazine/2011-01/legal_Q-A-0111.html, the GRC's decision on a special service charge,
  https://www.nj.gov/grc/decisions/2003-15.html, and a municipal OPRA form ("you may be required to pay a deposit"),
  https://main.govpilot.com/web/public/6384fd83-022_Open-Records-Request-Borough-of-Leonia?id=1&pu=1&ust=NJ

Score (written after reading the rules, so not a blind figure): 14 of 14 fully right, and 14 of 14 matched to its
request by its number. No rule was changed for it.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout225"
# What the rules reach on this set now (written after reading the rules: 14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
