import { describe, expect, it } from 'vitest';
import { manifestXml, type ManifestInput } from '../../src/lib/scorm-manifest';

const input: Omit<ManifestInput, 'version'> = {
  identifier: 'fi.asiakasosallisuus.verkkokurssi',
  title: 'Asiakasosallisuus – verkkokurssi',
  description: 'Kurssi <sote> & työllisyys',
  lang: 'fi',
  launch: 'oppimisalusta/index.html',
  masteryPercent: 80,
  files: ['index.html', 'oppimisalusta/index.html', 'kuvat/ä ö.png'],
};

// The built packages' manifests are parsed by a real XML parser, with every file checked, in
// tests/e2e/lms.spec.ts; here the content of each version.
describe('imsmanifest.xml', () => {
  it('SCORM 1.2: schema version, Finnish title and description, mastery score, the SCO and its files', () => {
    const xml = manifestXml({ ...input, version: '1.2' });
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<manifest identifier="fi.asiakasosallisuus.verkkokurssi"/);
    expect(xml).toContain('xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"');
    expect(xml).toContain('<schemaversion>1.2</schemaversion>');
    expect(xml).toContain('<imsmd:langstring xml:lang="fi">Kurssi &lt;sote&gt; &amp; työllisyys</imsmd:langstring>');
    expect(xml).toContain('<title>Asiakasosallisuus – verkkokurssi</title>');
    expect(xml).toContain('<adlcp:masteryscore>80</adlcp:masteryscore>');
    expect(xml).toContain('adlcp:scormtype="sco" href="oppimisalusta/index.html"');
    expect(xml).toContain('<file href="kuvat/%C3%A4%20%C3%B6.png"/>');
    expect(xml.match(/<file /g)).toHaveLength(3);
  });

  it('SCORM 2004 4th edition: one SCO, the pass mark as the primary objective’s measure, no sequencing rules', () => {
    const xml = manifestXml({ ...input, version: '2004' });
    expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"');
    expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
    expect(xml).toContain('<lom:string language="fi">Asiakasosallisuus – verkkokurssi</lom:string>');
    expect(xml).toContain('<imsss:minNormalizedMeasure>0.8</imsss:minNormalizedMeasure>');
    expect(xml).toContain('adlcp:scormType="sco"');
    expect(xml.match(/<item /g)).toHaveLength(1);
    expect(xml).not.toMatch(/sequencingRules|controlMode|rollupRules/);
  });
});
