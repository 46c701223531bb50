// Elements Office accepts in XML manifests that the stored 2016–2019 XSDs predate (research note §1.2:
// "Elements added later are rejected even though Office accepts them"). They are added to an in-memory
// copy of MailAppVersionOverridesV1_1.xsd, each exactly as the manifest reference documents it, so the
// rest of the manifest is still validated strictly. Sources (learn.microsoft.com, manifest reference, from
// OfficeDev/office-js-docs-reference docs/manifest/*.md and OfficeDev/office-js-docs-pr docs/outlook/autolaunch.md,
// onmessagesend-onappointmentsend-events.md, pinnable-taskpane.md):
// - SupportsPinning: optional boolean child of <Action xsi:type="ShowTaskpane">, after SourceLocation (Mailbox 1.5).
// - Runtimes: optional child of <Host xsi:type="MailHost"> before DesktopFormFactor: <Runtime resid> with an
//   optional <Override type="javascript" resid> for the JavaScript-only runtime of classic Outlook on Windows.
// - LaunchEvent: an ExtensionPoint holding <LaunchEvents><LaunchEvent Type FunctionName [SendMode]/></LaunchEvents>
//   and <SourceLocation resid>; SendMode is PromptUser, SoftBlock or Block (Mailbox 1.12).
// Each patch must find its anchor, or validation stops: a changed schema file is never patched blindly.

const TYPES = `<xs:complexType name="RuntimeOverride">
    <xs:attribute name="type" use="required">
      <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="javascript" /></xs:restriction></xs:simpleType>
    </xs:attribute>
    <xs:attribute name="resid" type="bt:ShortString" use="required" />
  </xs:complexType>
  <xs:complexType name="Runtime">
    <xs:sequence>
      <xs:element name="Override" type="RuntimeOverride" minOccurs="0" maxOccurs="1" />
    </xs:sequence>
    <xs:attribute name="resid" type="bt:ShortString" use="required" />
    <xs:attribute name="lifetime" use="optional">
      <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="short" /><xs:enumeration value="long" /></xs:restriction></xs:simpleType>
    </xs:attribute>
  </xs:complexType>
  <xs:complexType name="Runtimes">
    <xs:sequence>
      <xs:element name="Runtime" type="Runtime" minOccurs="1" maxOccurs="unbounded" />
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="LaunchEventItem">
    <xs:attribute name="Type" use="required">
      <xs:simpleType><xs:restriction base="xs:string">
        <xs:enumeration value="OnNewMessageCompose" /><xs:enumeration value="OnNewAppointmentOrganizer" />
        <xs:enumeration value="OnMessageSend" /><xs:enumeration value="OnAppointmentSend" />
        <xs:enumeration value="OnMessageCompose" /><xs:enumeration value="OnAppointmentOrganizer" />
        <xs:enumeration value="OnMessageRecipientsChanged" /><xs:enumeration value="OnMessageAttachmentsChanged" />
      </xs:restriction></xs:simpleType>
    </xs:attribute>
    <xs:attribute name="FunctionName" type="bt:LongString" use="required" />
    <xs:attribute name="SendMode" use="optional">
      <xs:simpleType><xs:restriction base="xs:string"><xs:enumeration value="PromptUser" /><xs:enumeration value="SoftBlock" /><xs:enumeration value="Block" /></xs:restriction></xs:simpleType>
    </xs:attribute>
  </xs:complexType>
  <xs:complexType name="LaunchEvents">
    <xs:sequence>
      <xs:element name="LaunchEvent" type="LaunchEventItem" minOccurs="1" maxOccurs="unbounded" />
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="LaunchEvent">
    <xs:complexContent>
      <xs:extension base="ExtensionPoint">
        <xs:sequence>
          <xs:element name="LaunchEvents" type="LaunchEvents" minOccurs="1" maxOccurs="1" />
          <xs:element name="SourceLocation" type="bt:URLResourceReference" minOccurs="1" maxOccurs="1" />
        </xs:sequence>
      </xs:extension>
    </xs:complexContent>
  </xs:complexType>
`;

const SOURCE_LOCATION = `<xs:element name="SourceLocation" type="bt:URLResourceReference" minOccurs="1" maxOccurs="1" />`;

/** Each patch: where (an index found from unique anchors) and what to insert there. */
const PATCHES = [
  {
    name: "SupportsPinning",
    at(x) {
      const type = once(x, `<xs:complexType name="ShowTaskpane">`);
      const el = x.indexOf(SOURCE_LOCATION, type);
      if (el < 0 || el > x.indexOf("</xs:complexType>", type)) return -1;
      return el + SOURCE_LOCATION.length;
    },
    text: `\n          <xs:element name="SupportsPinning" type="xs:boolean" minOccurs="0" maxOccurs="1" />`,
  },
  {
    name: "Runtimes",
    at(x) {
      const type = once(x, `<xs:complexType name="MailHost">`);
      const el = x.indexOf(`<xs:element name="DesktopFormFactor"`, type);
      return el < 0 || el > x.indexOf("</xs:complexType>", type) ? -1 : el;
    },
    text: `<xs:element name="Runtimes" type="Runtimes" minOccurs="0" maxOccurs="1" />\n          `,
  },
  { name: "Runtime types and the LaunchEvent extension point", at: (x) => once(x, `<xs:complexType name="MailHost">`), text: TYPES + "\n  " },
];

function once(x, anchor) {
  const i = x.indexOf(anchor);
  return i >= 0 && x.indexOf(anchor, i + 1) < 0 ? i : -1;
}

/** MailAppVersionOverridesV1_1.xsd with the documented later elements added; throws when an anchor is missing. */
export function withDocumentedAdditions(xsd) {
  let out = xsd.replace(/\r\n/g, "\n");
  for (const p of PATCHES) {
    const at = p.at(out);
    if (at < 0) throw new Error(`schema-additions: the place for ${p.name} was not found exactly once; the stored XSD changed.`);
    out = out.slice(0, at) + p.text + out.slice(at);
  }
  return out;
}

export const ADDED_ELEMENTS = ["SupportsPinning", "Runtimes", "LaunchEvent"];
