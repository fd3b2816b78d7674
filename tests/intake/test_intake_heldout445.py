"""The four-hundred-and-forty-fifth held-out set: 14 letters (letters/heldout445) from DHS and DOJ components over a
request's whole life, each office paired with a kind of letter the earlier sets of this focus did not give it, in the
formats they really send: a CIS Ombudsman acknowledgement that places a compliance firm in the commercial use category
and estimates search and review fees in quarter hours; a Coast Guard Office of the Chief Administrative Law Judge
decision (PDF), made for the DHS General Counsel, remanding an Office of Intelligence and Analysis no-records answer
for a new search; a TSA acknowledgement in Word granting a research institute's fee waiver with a table of the six
factors; a Secret Service e-mail carrying a final response that releases every page of a directive in full; a DHS
Office of Inspector General no-records answer that names the terms it searched; an EOIR Public Access Link e-mail
acknowledging a lawyer's request and granting expedited processing for a detained client's merits hearing; a DOJ
Office of the Inspector General answer that neither confirms nor denies records about a named correctional officer
under Exemptions 6 and 7(C); an OIP Initial Request Staff first interim response in Word for OAG and ODAG records,
with a table of the records; a Civil Rights Division e-mail with its acknowledgement attached as PDF, taking ten more
working days for unusual circumstances and estimating a completion date; a Marshals Service letter denying a podcast
producer's fee waiver; a scanned ATF first interim release of an investigative case file; a DEA fee estimate for a
commercial requester with advance payment, which never says when the request arrived; an ICE Office of the Principal
Legal Advisor appeal decision remanding a no-records answer for a new search; and a Criminal Division final response
(PDF) that refers the FBI's pages to it and releases the rest in full or in part. Written blind and committed before
the rules were run on them.

- a01-cisomb-ack-fee-estimate.txt: CIS Ombudsman, 2027-CISO-00088, received December 1, 2026, commercial use, search
  and review estimated at $224.00 (no advance payment, 10 working days to agree).
- a02-dhs-appeal-ia-remanded.pdf: Coast Guard Office of the Chief Administrative Law Judge for the DHS General
  Counsel, appeal 2027-HQAP-00037 of I&A request 2026-IAFO-00391, remanded for a new search (e-mail accounts and
  the Open Source Collection Operations office); two pages.
- a03-tsa-fee-waiver-granted.docx: TSA FOIA Branch, 2027-TSFO-00513, received December 1, 2026, fee waiver granted
  under 6 C.F.R. 5.11(k), a table of the six factors; the request stays in the complex track.
- a04-usss-final-full.eml: Secret Service, File Number 20271512, 29 pages released in their entirety, no fee (the
  letter in the e-mail's body; the day of receipt recalled).
- a05-dhs-oig-no-records.txt: DHS OIG, 2027-IGFO-00311, no inspection records of the Paso del Norte Processing
  Center, the search terms named; appeal to the OIG Office of Counsel.
- a06-eoir-ack-expedite-granted.eml: EOIR, 2027-16092, "dated 12/08/2026 and received 12/09/2026", expedited
  processing granted under 28 C.F.R. 16.5(e)(1)(iii).
- a07-doj-oig-glomar.txt: DOJ OIG, OIG-FOIA-2027-000184, neither confirm nor deny records about a named correctional
  officer, Exemptions 6 and 7(C) (denied).
- a08-oip-initial-request-interim.docx: OIP Initial Request Staff for OAG and ODAG, FOIA-2027-00418, first interim:
  143 pages, 96 in full, 31 with excisions, 16 withheld in full; Exemptions 5 and 6; a table of three records.
- a09-crt-ack-extension.eml: Civil Rights Division, FOI/PA No. 27-00341-F, received December 4, 2026, unusual
  circumstances, ten additional working days under 28 C.F.R. 16.5(c), response estimated by April 16, 2027; the letter
  attached as PDF.
- a10-usms-fee-waiver-denied.txt: Marshals Service, 2027-USMS-001722, received December 8, 2026, fee waiver denied
  under 28 C.F.R. 16.10(k), "all other requesters"; processing goes on.
- a11-atf-interim-scanned.pdf: ATF Disclosure Division, REFER TO: 2027-0771, scanned first interim: 212 pages
  reviewed, 140 in full, 58 in part, 14 withheld; Exemptions 5, 6, 7(C) and 7(E).
- a12-dea-fee-estimate.txt: DEA, Case Number 27-00795-F, commercial use, $985.00 (search, review, duplication), advance
  payment, 30 calendar days to answer; only the request's own date given.
- a13-ice-appeal-remanded.txt: ICE OPLA Government Information Law Division, appeal 2027-ICAP-00388 of request
  2026-ICFO-55107, no-records answer remanded to the ICE FOIA Office for a new search.
- a14-crm-final-referral-fbi.pdf: Criminal Division, CRM-301558204, 58 pages located, 22 referred to the FBI, 30
  released in full and 6 in part under Exemptions 6 and 7(C); two pages.

Real sources each letter is modelled on (structure, stock sentences and vocabulary; names and numbers invented):
- a01 CIS Ombudsman fee estimate: the DHS headquarters acknowledgement templates ("This acknowledges receipt of your
  ... Freedom of Information Act (FOIA) request ... Your request was received in this office on ..."),
  https://pt.scribd.com/document/69643317/Responsive-Documents-CRCL-12-002, and the DHS FOIA regulations (6 C.F.R.
  5.11, fee categories, notice of fees over $25, advance payment over $250),
  http://federal.elaws.us/fr/11/22/2016/2016-28095
- a02 DHS appeal remanded by the Coast Guard ALJ: the Office of the Chief Administrative Law Judge's appeal letters
  ("RE: DHS FOIA APPEAL 2016-FEAP-00022", "Pursuant to a memorandum of agreement, the United States Coast Guard Office
  of the Chief Administrative Law Judge is reviewing FOIA appeals for the Department of Homeland Security General
  Counsel", "this appeal is being REMANDED"),
  https://vi.scribd.com/document/331866143/Greenbrier-Bunker-FOIA-Appeal-Response, and an I&A appeal decided the same
  way (2015-HQAP-00091), http://church-publishing.com/tag/department-of-homeland-security/
- a03 TSA fee waiver granted: 6 C.F.R. 5.11(k) and its six factors, http://federal.elaws.us/fr/11/22/2016/2016-28095,
  and TSA's FOIA pages (FOIA Branch, Springfield address, 1-866-364-2872), https://www.tsa.gov/FOIA
- a04 Secret Service final response: the Secret Service's response letters and appeal address (Deputy Director,
  Communications Center (FOI/PA), 245 Murray Lane, Building T-5), https://www.secretservice.gov/foia/usss-response
  and https://www.secretservice.gov/foia/exemptions
- a05 DHS OIG no records: the DHS OIG FOIA handbook (appeals to the OIG Office of Counsel),
  https://pdfslide.net/documents/department-of-homeland-security-ofice-of-inspector-general-freedom-of-information.html
  and 6 C.F.R. 5.8, http://federal.elaws.us/fr/11/22/2016/2016-28095
- a06 EOIR expedite granted: EOIR's Public Access Link acknowledgement ("Re: 2024-03407 Freedom of Information Act
  Request for ...", "This response acknowledges receipt of your Freedom of Information Act (FOIA) request by the
  Executive Office for Immigration Review (EOIR) dated ... and received ...", the ROP and A-file paragraph),
  http://https.omb.report/icr/202404-1125-001/doc/142231200, the EOIR Policy Manual on FOIA requests,
  https://www.justice.gov/eoir/eoir-policy-manual/introduction/chapter2-2, and 28 C.F.R. 16.5(e),
  https://sgp.fas.org/news/2015/04/doj-foia.html
- a07 DOJ OIG neither confirm nor deny: the OIG's FOIA page (Office of the General Counsel, Room 4726, FOIA Public
  Liaison (202) 616-0646), https://updategamers.netlify.app/host-https-oig.justice.gov/foia-reading-room, and the
  Department's third-party template paragraphs,
  https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf
- a08 OIP Initial Request Staff interim response: the Department's interim response letters ("a portion of the
  requested records has been processed", the 552(c) notice, OGIS and appeal paragraphs),
  https://knightcolumbia.org./documents/8azzank3hr and https://knightcolumbia.org./documents/z92tjtub6p, and the OIP
  template paragraphs, https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf
- a09 Civil Rights Division acknowledgement with an extension: the Criminal Division's acknowledgement taking time
  for unusual circumstances ("See 5 U.S.C. 552 (a)(6)(B)(i)-(iii)", narrowing or an alternative time frame),
  https://bostoncollegesubpoena.wordpress.com/2014/07/02/1st-response-to-foi-request-belfast-project-documents-doj-oia/,
  and 28 C.F.R. 16.5(c), https://regulations.vlex.com/vid/revision-of-department-s-563299122
- a10 Marshals Service fee waiver denied: 28 C.F.R. 16.10(k), https://sgp.fas.org/news/2015/04/doj-foia.html, and the
  Marshals Service's FOIA pages, https://usmarshals.gov/es/node/3746
- a11 ATF interim release: ATF's FOIA practice on investigative files and Exemptions 7(C) and 7(E),
  https://www.judicialwatch.org/document-archive/jw-v-doj-chisolm-declaration-atf-ammo-02218/, and the Department's
  appeal paragraph, https://pdf4pro.com/file/303ae/5docs_DOJ_OIPTemplatesAAL_Database_2011.pdf.pdf
- a12 DEA fee estimate: the FOI/Records Management Section's letters ("Case Number: ... Subject: ...", "This letter
  responds to your Freedom of Information/Privacy Act request dated ..."),
  https://www.documentcloud.org/documents/1657431/dea-1-4-mill-demand.txt, and DEA's fee pages (commercial use,
  advance payment over $250), https://dea.gov/es/node/202391 and https://dea.gov/es/node/202396
- a13 ICE appeal remanded: the OGIS compliance review of the ICE FOIA program (appeals adjudicated by OPLA's
  Government Information Law Division),
  https://vdocuments.net/office-of-government-information-services-2017-5-11-strong-management-innovative.html, and
  6 C.F.R. 5.8, http://federal.elaws.us/fr/11/22/2016/2016-28095
- a14 Criminal Division final response with a referral: the Criminal Division's letters ("U.S. Department of Justice,
  Office of Enforcement Operations, Criminal Division", "Re: CRM-300452623"),
  https://bostoncollegesubpoena.wordpress.com/2014/07/02/1st-response-to-foi-request-belfast-project-documents-doj-oia/,
  and 28 C.F.R. 16.4(d) on referrals, https://sgp.fas.org/news/2015/04/doj-foia.html

Sealed measurement: written blind on a branch of its own and kept out of the rules' reach while the round's fixes were
made, then scored once after them, at 314a61c4: 14 of 14 fully right.
"""

from __future__ import annotations

from intake_scoring import set_tests

SET = "heldout445"
# What the rules reached on this set when it was scored once, sealed (14); it may only go up.
FLOOR = 14
# Letters not yet fully right; the others must stay right.
NOT_YET: set[str] = set()


# The three tests every set runs (intake_scoring.set_tests): its floor, each letter fully right, each matched.
test_scores_at_least_its_floor, test_letter_is_proposed_fully_right, test_every_letter_is_matched_to_its_request = (
    set_tests(SET, FLOOR, NOT_YET))
