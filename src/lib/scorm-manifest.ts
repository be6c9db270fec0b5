/**
 * `imsmanifest.xml` of the SCORM packages (issue 12): one organisation, one item, one SCO, no
 * sequencing rules. The mastery score is the final quiz's pass mark: `adlcp:masteryscore` in
 * SCORM 1.2, the primary objective's `minNormalizedMeasure` in SCORM 2004. Pure: the build script
 * gives the list of files.
 * @see SCORM 1.2 CAM 2.3, SCORM 2004 4th ed. CAM 3.4
 */
import type { ScormVersion } from './lms-report';

export interface ManifestInput {
  version: ScormVersion;
  /** Stable identifier of the package: a platform recognises an updated upload by it. */
  identifier: string;
  title: string;
  description: string;
  /** Language of the title and description (`LOCALE.lang` of src/i18n/config.ts). */
  lang: string;
  /** The launch file, relative to the package root. */
  launch: string;
  /** The final quiz's pass mark in percent. */
  masteryPercent: number;
  /** Every file of the package (not the manifest itself), relative to the root, `/`-separated. */
  files: readonly string[];
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** URLs in the manifest are URI references: a space or a non-ASCII letter in a file name is encoded. */
const uri = (path: string) => escapeXml(path.split('/').map(encodeURIComponent).join('/'));

/** The package's manifest as XML text. */
export function manifestXml(m: ManifestInput): string {
  const title = escapeXml(m.title);
  const description = escapeXml(m.description);
  const files = m.files.map((f) => `      <file href="${uri(f)}"/>`).join('\n');
  if (m.version === '1.2') {
    return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(m.identifier)}" version="1.2"
  xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2"
  xmlns:imsmd="http://www.imsglobal.org/xsd/imsmd_rootv1p2p1">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>1.2</schemaversion>
    <imsmd:lom>
      <imsmd:general>
        <imsmd:title><imsmd:langstring xml:lang="${m.lang}">${title}</imsmd:langstring></imsmd:title>
        <imsmd:language>${m.lang}</imsmd:language>
        <imsmd:description><imsmd:langstring xml:lang="${m.lang}">${description}</imsmd:langstring></imsmd:description>
      </imsmd:general>
    </imsmd:lom>
  </metadata>
  <organizations default="kurssi">
    <organization identifier="kurssi">
      <title>${title}</title>
      <item identifier="kurssi-sco" identifierref="sco" isvisible="true">
        <title>${title}</title>
        <adlcp:masteryscore>${m.masteryPercent}</adlcp:masteryscore>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormtype="sco" href="${uri(m.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
  }
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="${escapeXml(m.identifier)}" version="1"
  xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3"
  xmlns:imsss="http://www.imsglobal.org/xsd/imsss"
  xmlns:lom="http://ltsc.ieee.org/xsd/LOM">
  <metadata>
    <schema>ADL SCORM</schema>
    <schemaversion>2004 4th Edition</schemaversion>
    <lom:lom>
      <lom:general>
        <lom:title><lom:string language="${m.lang}">${title}</lom:string></lom:title>
        <lom:language>${m.lang}</lom:language>
        <lom:description><lom:string language="${m.lang}">${description}</lom:string></lom:description>
      </lom:general>
    </lom:lom>
  </metadata>
  <organizations default="kurssi">
    <organization identifier="kurssi">
      <title>${title}</title>
      <item identifier="kurssi-sco" identifierref="sco" isvisible="true">
        <title>${title}</title>
        <imsss:sequencing>
          <imsss:objectives>
            <imsss:primaryObjective objectiveID="loppukoe-hyvaksytty" satisfiedByMeasure="true">
              <imsss:minNormalizedMeasure>${m.masteryPercent / 100}</imsss:minNormalizedMeasure>
            </imsss:primaryObjective>
          </imsss:objectives>
        </imsss:sequencing>
      </item>
    </organization>
  </organizations>
  <resources>
    <resource identifier="sco" type="webcontent" adlcp:scormType="sco" href="${uri(m.launch)}">
${files}
    </resource>
  </resources>
</manifest>
`;
}
