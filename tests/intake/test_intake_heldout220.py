"""The two-hundred-and-twentieth held-out set: 14 letters (letters/heldout220) on formats and long letters, seven
federal and seven from state and local agencies: a U.S. Postal Service acknowledgement (PDF with letterhead, a
second-page header, footers and lines broken in mid-sentence) that extends the time by ten working days for
unusual circumstances; a DHS SecureRelease notification e-mail with the Privacy Office's final response attached
(pages releasable in their entirety, partially releasable and withheld); a DOJ Office of Information Policy appeal
acknowledgement e-mail; an EPA Region 5 FOIAXpress PAL e-mail with a letter denying a fee waiver and estimating the
fee in an itemised list; a Veterans Health Administration final response in Word with a letterhead, bulleted lists
and a table of records and exemptions; a Department of the Army interim release e-mail replying to the requester's
status inquiry, with the requester's message and the agency's earlier acknowledgement quoted below; a Department of
Education no-records letter (PDF, two pages); a City of Virginia Beach NextRequest message invoking the seven
additional work days of Va. Code § 2.2-3704(B)(4) with a cost estimate; a Maryland Department of the Environment
partial denial under the PIA (plain text, numbered list); a Connecticut State Police (DESPP) final response in Word
with a table of exemptions; a North Carolina State Board of Elections NextRequest closure for no records; an East
Baton Rouge Parish Sheriff's Office La. R.S. 44:33 certificate with a copy-fee estimate (PDF); a Utah Department of
Public Safety GRAMA partial denial from the Utah Open Records Portal; and a City of Tempe JustFOIA acknowledgement
with an itemised cost estimate. Committed before the rules were run on them.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- h01 USPS acknowledgement: Handbook AS-353 4-4.2 (tracking number from the FOIA tracking system, written
  acknowledgement of receipt), https://about.usps.com/handbooks/as353/as353c4_012.htm, and 4-4.26 (writing the
  response, FOIA Public Liaison), https://about.usps.com/handbooks/as353/as353c4_036.htm; 39 CFR 265,
  https://www.law.cornell.edu/cfr/text/39/265.3; the unusual-circumstances grounds of 5 U.S.C. § 552(a)(6)(B)(iii).
- h02 DHS Privacy Office final response: the DHS final response formula ("This is the final response ... A search
  of ... produced a total of ... Of those pages, I have determined that ... are releasable in their entirety, ...
  partially releasable", the Exemption 5 and 6 paragraphs, the appeal within 90 days to the Privacy Office),
  https://docslib.org/doc/3095698/homeland-security-washington-dc-20528; DHS HQ tracking numbers (2023-HQAP-00015,
  2022-HQFO-00934) on https://www.muckrock.com/foi/united-states-of-america-10/password-protected-foia-authority-department-of-homeland-security-128123/
- h03 OIP appeal acknowledgement: DOJ's appeals page (OIP adjudicates appeals, 20 business days),
  https://www.justice.gov/open/appeals, and OIP's template paragraphs,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf
- h04 EPA fee-waiver denial and fee estimate: 40 C.F.R. 2.107 (fee categories, fee-waiver criteria, advance payment
  over $250) and the FOIAXpress PAL correspondence pages of earlier sets; OPEXUS FOIAXpress manual,
  https://docs.opexustech.com/docs/foiaxpress/11.9.X/usermanual/FOIAXpress_User/Using_FOIAXpress/Requests/Close_Request/Close_Request.htm
- h05 VHA final response and h06 Army interim release: the DHS/VA final-response structure above, 38 CFR 1.559
  (appeals to OGC (024)) as in set 212, and DoD appeal guidance, https://www.jpra.mil/links/FOIA/Appeal.html
- h07 Department of Education no-records letter: the USPS AS-353 list of adverse determinations ("the requested
  record does not exist, cannot be located"), https://about.usps.com/handbooks/as353/as353c4_036.htm, and OGIS's
  note on appeal letters, https://foia.blogs.archives.gov/2015/12/18/the-appeal-of-the-appeal-letter/
- h08 Virginia Beach: Va. Code § 2.2-3704(B)(4) as explained by localities ("not practically possible to provide
  the requested records or to determine whether they are available within the five-work-day period ... an additional
  seven work days"), https://visitlouisa.com/FAQ.aspx?QID=190, http://www.christiansburg.org/index.aspx?NID=673,
  and the NextRequest message e-mail ("A message was sent to you regarding record request #..."),
  https://help.nextrequest.com/knowledge/request-process-overview
- h09 Maryland MDE: Gen. Prov. § 4-203 (written statement of the reasons, the legal authority, a brief description
  of the undisclosed record, notice of the remedies), https://codes.findlaw.com/md/general-provisions/md-code-gen-provis-sect-4-203/,
  and the Maryland PIA Manual, https://docslib.org/doc/10462037/maryland-public-information-act-manual
- h10 Connecticut DESPP: Conn. Gen. Stat. § 1-206 (four business days; appeal to the FOI Commission),
  https://www.muckrock.com/place/united-states-of-america/connecticut/exemption/constructive-denial-16/ and
  https://splc.org/template-connecticut/
- h11 NCSBE: the State Board's own NextRequest FAQ ("an agency is not required to create or compile a record that
  does not exist", "as promptly as possible"), https://ncsbe-nc.nextrequest.com/faqs, and NextRequest's closing of
  requests, https://help.nextrequest.com/knowledge/basic-request-management
- h12 East Baton Rouge Sheriff: La. R.S. 44:33(B)(1) (certify in writing that the record is in active use and fix a
  day and hour within three days), https://legis.la.gov/legis/Law.aspx?d=99701, and the Legislative Auditor's FAQ,
  https://app.lla.state.la.us/llala.nsf/vwFAQsGovernmentFAQNew/1FAEC3C52CD7E0CF86257D9300591B55
- h13 Utah DPS: Utah Code § 63G-2-205 (notice of denial: description, citations, right to appeal to the chief
  administrative officer, time limits), https://statutes.laws.com/utah/title-63g/chapter-02/63g-2-205, § 63G-2-401
  (notice of appeal contents), https://lexace.ai/us/statute/utah/63G-2-401, and the Open Records Portal,
  https://dhhs.utah.gov/oah/grama-appeals/
- h14 City of Tempe: A.R.S. § 39-121.01 ("promptly", copy fees), http://www.rcfp.org/arizona-open-government-guide/v-procedure-obtaining-records/b-how-long-wait
  and http://ccfmd.az.gov/public_records; the JustFOIA e-mail layout is written from the portal notices of earlier
  sets (no JustFOIA page was found in the time available).

Blind score: 14 of 14 fully right, and 14 of 14 matched to its request by its number. No letter was wrong, so no
rule was changed for this set.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout220"
# What the rules reach on this set now (blind: 14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
