"""The hundred-and-sixty-seventh held-out set: 14 letters (letters/heldout167) from the same federal agencies as set
159 but other letter types, written after the rules had been read and set 159's misses fixed (so its score is not a
blind one): a Postal Service records custodian's full release with the standard non-adverse language, a Postal
Service commercial-use fee estimate to be paid in advance, a State Department Appeals Review Panel acknowledgement,
an Air Force acknowledgement in memorandum format that says the request will be delayed and when to expect a reply,
a Defense Health Agency partial denial under Exemption 3 with 10 U.S.C. § 1102 (PDF), a Marine Corps first interim
release (Word), a Forest Service portal notice with its final letter attached, a Food and Nutrition Service
acknowledgement that asks to clarify a request that does not reasonably describe the records, an HHS acknowledgement
e-mail that denies expedited processing and defers the fee waiver, a Social Security Administration no-records
letter, an EPA portal notice with its partial release attached, a Fish and Wildlife Service acknowledgement that takes
a 10-workday extension, a Department of Labor appeal remanded for a new search, and a National Archives partial
release (PDF).

Real sources each letter is modelled on (structure, stock sentences and number formats; names, numbers and dates
invented):
- s01: the Postal Bulletin's standard language for requests granted in full,
  https://about.usps.com/postal-bulletin/2016/pb22455/html/info_003.htm
- s02: AS-353 4-4.13 and 39 CFR 265.9 (fees, advance payment), https://about.usps.com/handbooks/as353/as353c4_036.htm
- s03: Department of State appeal correspondence (Appeals Review Panel, A- numbers),
  https://fr.scribd.com/document/356208139/DoS-FOIA-Response
- s04: the Air Force's suggested FOIA letter language, 32 CFR 806.27,
  https://anthonygarvan.github.io/allregs/html/sections/32CFR806.27.html
- s05: the DHA FOIA Requester Service Center, https://vce.health.mil/MHSHome/About-MHS/OASDHA/Defense-Health-Agency/FOIA
- s06: Department of the Navy response letters (SSIC, "By direction"), DoD appeal rules,
  https://law.lawstack.com/laws/32-cfr_s_286-11_processing-of-appeals
- s07: FOIAXpress PAL correspondence, https://docs.opexustech.com/docs/foiaxpress/11.9.X/usermanual/FOIAXpress_User/Using_FOIAXpress/Requests/Create-View_Requests/Correspondence/correspondence.htm
- s08: NARA's and USDA's clarification practice (tolling, administrative closure),
  https://lawserver.com/law/country/us/cfr/36_cfr_1250-26
- s09: HHS FOIA process and regulations, https://dev.compliancecosmos.org/how-does-hhs-respond-my-request and
  https://public3.pagefreezer.com:443/content/HHS.gov/17-08-2021T06:42/https://www.hhs.gov/foia/faqs/what-happens-after-my-foia-request-is-received-by-hhs/index.html
- s10: SSA Office of Privacy and Disclosure letters, http://pomsresource.org/poms/GN-03350.005/FOIA-and-privacy-act-denials-and-appeals
- s11: EPA responses and 40 CFR 2.104, https://getpocketlaw.com/law/cfr_40/section-2-104-responses-to-requests-and-appeals_d456ad0432af
- s12: Interior's multitrack processing and extensions, 43 CFR 2.15 and 2.19,
  https://checkoutapi.com/regulations/expand/title43_part2_subpartD_section2.17
- s13: Department of Labor appeals to the Solicitor, https://www.dol.gov/general/foia/reports/chief-foia-officer/2025
- s14: NARA's FOIA reference guide, https://www.archives.gov/foia/foia-guide

Score (not blind: written after reading the rules): 12 of 14 fully right, and 14 of 14 matched to its request by its
number. Wrong were:
- s04 (Air Force memorandum): no received date, no extension and no expected date: "We received your Freedom of
  Information Act (FOIA) request dated 12 November 2026, for the 2025 and 2026 noise complaint logs ... on 16 November
  2026." (the day received after the request's long object) and "Your request will be delayed because all or part of
  the responsive records are not located at this installation ... We expect to reply to your request not later than 8
  January 2027." (the Air Force's delay notice, 32 CFR 806.27(c)).
- s14 (National Archives, PDF): no outcome and no pages released: "We are releasing 96 pages in full and 31 pages in
  part. We are withholding 4 pages in full." after "This is in final response to your Freedom of Information Act
  (FOIA) request" ("in final response", not "the final response").
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout167"
# What the rules reach on this set now (not blind: 12); it may only go up.
FLOOR = 12
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = {"s04-af-ack-delay.txt", "s14-nara-final-partial.pdf"}


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
