/** What the report's XMP says: the same title, subject, tools and date as its document info. */
export type XmpFacts = {
  title: string;
  subject: string;
  creatorTool: string;
  producer: string;
  /** ISO 8601, e.g. `2026-03-20T17:00:00+00:00` */
  date: string;
  /** the document's language, e.g. `nl-NL` */
  language: string;
};

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c,
  );

// pdfuaid is not one of PDF/A's predefined schemas, so the packet describes it (ISO 19005-3 §6.6.2.3)
const pdfuaExtension = `   <pdfaExtension:schemas>
    <rdf:Bag>
     <rdf:li rdf:parseType="Resource">
      <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
      <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
      <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
      <pdfaSchema:property>
       <rdf:Seq>
        <rdf:li rdf:parseType="Resource">
         <pdfaProperty:name>part</pdfaProperty:name>
         <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
         <pdfaProperty:category>internal</pdfaProperty:category>
         <pdfaProperty:description>Indicates, which part of ISO 14289 standard is followed</pdfaProperty:description>
        </rdf:li>
       </rdf:Seq>
      </pdfaSchema:property>
     </rdf:li>
    </rdf:Bag>
   </pdfaExtension:schemas>`;

/**
 * The XMP packet of a PDF/A-3b and PDF/UA-1 report: identification (`pdfaid:part 3`,
 * `pdfaid:conformance B`, `pdfuaid:part 1`, with the extension schema PDF/A asks for pdfuaid), and
 * the document info's title, subject, creator tool, producer and dates, which must agree with it.
 */
export function buildXmp(facts: XmpFacts): string {
  const text = (value: string) => escapeXml(value);
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">${text(facts.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:description><rdf:Alt><rdf:li xml:lang="x-default">${text(facts.subject)}</rdf:li></rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>${text(facts.language)}</rdf:li></rdf:Bag></dc:language>
   <xmp:CreatorTool>${text(facts.creatorTool)}</xmp:CreatorTool>
   <xmp:CreateDate>${facts.date}</xmp:CreateDate>
   <xmp:ModifyDate>${facts.date}</xmp:ModifyDate>
   <xmp:MetadataDate>${facts.date}</xmp:MetadataDate>
   <pdf:Producer>${text(facts.producer)}</pdf:Producer>
   <pdfaid:part>3</pdfaid:part>
   <pdfaid:conformance>B</pdfaid:conformance>
   <pdfuaid:part>1</pdfuaid:part>
${pdfuaExtension}
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}
