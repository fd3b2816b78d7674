"""The hundred-and-seventy-fourth held-out set: 14 letters (letters/heldout174) about immigration records, as the
files arrive: a USCIS National Records Center acknowledgement e-mail placing an A-file request in Track 2, with the
stock sentence that the FOIA "permits a 10-day extension" if one is needed; a USCIS final A-file response (PDF) with
pages released in their entirety and in part, pages withheld in full, pages referred to ICE and one paragraph per
exemption; a USCIS no-records letter; a USCIS FOIA/PA Appeals Office acknowledgement e-mail; a USCIS appeal remanded to
the National Records Center for a new search (Word, letterhead in the page header); an ICE acknowledgement invoking
the 10-day extension, with the queue position and the $25 agreement to pay; an ICE final response to records USCIS
referred (PDF attached to a SecureRelease e-mail, the USCIS control number beside the ICE case number); a CBP
SecureRelease closing e-mail with the travel-history letter attached releasing all pages; an EOIR acknowledgement
e-mail with an estimated date of completion; an EOIR final response for a Record of Proceedings (PDF) with pages
released in full, in part and withheld; a State Department visa records letter withholding all documents under
(b)(3) and INA 222(f) (Word); an OBIM IDENT record released in full; an ICE OPLA appeal decision affirming; and a
USCIS letter asking for the subject's consent before it goes on. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01, a14 USCIS acknowledgement, tracks and consent: the USCIS status page (control numbers beginning NRC, COW, APP;
  Track 1, 2 and 3 for A-file requests), https://www.uscis.gov/about-us/freedom-information-and-privacy-act-foia/foia-request-status-check-average-processing-times/check-status-foia-request,
  the archived USCIS FOIA overview (multi-track processing, Track 3 for a scheduled hearing before an immigration
  judge), https://cybercemetery.unt.edu/archive/oilspill/20121006202317/http://www.uscis.gov/portal/site/uscis/menuitem.eb1d4c2a3e5b9ac89243c6a7543f6d1a/?vgnextoid=fce675e0270e6310VgnVCM100000082ca60aRCRD&vgnextchannel=fce675e0270e6310VgnVCM100000082ca60aRCRD,
  Project Citizenship on the acknowledgement letter, https://projectcitizenship.org/requesting-records-part-1-foiapa-requests/,
  and OGIS on the subject's consent, https://archives.gov/ogis/resources/foia-ombuds-observer/18-01-companion
- a02, a03 USCIS final and no-records letters: OGIS on A-files and referrals to ICE, CBP and State,
  https://foia.blogs.archives.gov/2012/06/07/ensuring-requests-for-a-files-are-a-ok/ and the USCIS FOIA request guide
  (exemptions, appeals), https://slidelegend.com/uscis-foia-request-guide_59bb53681723dd2da9b61944.html
- a04, a05 USCIS appeals: the USCIS appeal tracks on the status page above, and the remand for a new search as in
  ACLU of S. Cal. v. USCIS, https://law.justia.com/cases/federal/district-courts/district-of-columbia/dcdce/1:2013cv00861/160404/29/
- a06 ICE acknowledgement with the 10-day extension: the ICE letter "This acknowledges receipt of your ... Due to the
  increasing number of FOIA requests received by this office ... DHS will invoke a 10-day extension ... there are
  currently 504 open requests ahead of yours", http://noneinc.com/tBSWM/tBSWM_FOIA/tBSWM-FOIA_ICE-20101021_1of2.txt
- a07, a13 ICE final response and OPLA appeal decision: ICE case and appeal numbers (ICFO, ICAP) as on MuckRock,
  https://muckrock.com/foi/united-states-of-america-10/director-dashboard-june-2022-131195, and the DHS final response
  wording ("N pages will be released in part and N pages withheld in their entirety pursuant to Title 5 U.S.C. § 552"),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528
- a08 CBP travel history: the archived USCIS FOIA contact page on CBP records,
  https://webarchive.library.unt.edu/eot2008/20081105235320/http://www.uscis.gov/portal/site/uscis/menuitem.eb1d4c2a3e5b9ac89243c6a7543f6d1a/?vgnextoid=34139c7755cb9010VgnVCM10000045f3d6a1RCRD&vgnextchannel=34139c7755cb9010VgnVCM10000045f3d6a1RCRD
- a09, a10 EOIR: the EOIR Policy Manual on FOIA requests for the Record of Proceedings,
  https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2, and EOIR tracking numbers on MuckRock,
  https://www.muckrock.com/foi/united-states-of-america-10/records-regarding-grants-of-withholding-of-removal-and-cat-relief-since-jan-1-2014-73238/
- a11 State Department visa records: 9 FAM 603.2 on releasing visa information under INA 222(f),
  https://fam.state.gov/fam/09FAM/09FAM060302.html, and the Department's FOIA guide, https://foia.state.gov/Request/Guide.aspx
- a12 OBIM: the DHS component final response letters above; OBIM holds IDENT, as OGIS describes in
  https://archives.gov/ogis/resources/foia-ombuds-observer/18-01-companion

Blind score: 14 of 14 fully right, and 14 of 14 matched to its request by its number. No misses.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout174"
# What the rules reach on this set now (blind: 14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
