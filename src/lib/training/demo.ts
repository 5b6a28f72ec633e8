import type { Core } from '@strapi/strapi';
import { FUND_UID, MATERIAL_UID, ROLE_UID, TOPIC_UID } from './constants';
import { AGENCY_UID, type DocumentInput, type DocumentUpdate } from '../platform/model';

/**
 * Demo training content: topics, two funds and about twenty materials in Thai, with English titles
 * and summaries in the English locale. Illustrative text for the demo, not legal advice: each
 * material links to the issuing body's site. Idempotent: rows are keyed by slug.
 */
const topics = [
  ['factory-law', 'กฎหมายโรงงาน', 'Factory law'],
  ['product-standards', 'มาตรฐานผลิตภัณฑ์อุตสาหกรรม', 'Industrial product standards'],
  ['environment', 'สิ่งแวดล้อม', 'Environment'],
  ['hazardous-substances', 'วัตถุอันตราย', 'Hazardous substances'],
  ['sme-finance', 'การเงินเอสเอ็มอี', 'SME finance'],
  ['inspection', 'การตรวจราชการ', 'Government inspection'],
  ['complaints', 'การจัดการเรื่องร้องเรียน', 'Complaint handling'],
  ['personal-data', 'การคุ้มครองข้อมูลส่วนบุคคล', 'Personal data protection'],
] as const;

const funds = [
  {
    slug: 'sme-pracharat-fund',
    nameTh: 'กองทุนพัฒนาเอสเอ็มอีตามแนวประชารัฐ',
    nameEn: 'SME Pracharat Development Fund',
    purpose: 'ให้สินเชื่อดอกเบี้ยต่ำแก่วิสาหกิจขนาดกลางและขนาดย่อมเพื่อเสริมสภาพคล่อง ปรับปรุงเครื่องจักร และพัฒนาธุรกิจ',
    eligibility: 'นิติบุคคลหรือบุคคลธรรมดาที่ประกอบกิจการภาคการผลิต การค้า หรือบริการ มีสัญชาติไทย และไม่เป็นหนี้ค้างชำระกับสถาบันการเงิน',
    terms: 'วงเงินและระยะเวลาผ่อนชำระตามประกาศของกองทุนในแต่ละรอบ ดูรายละเอียดในเอกสารทางการ',
    contact: 'กรมส่งเสริมอุตสาหกรรม โทร 1358',
    agencyCode: 'DIPROM',
  },
  {
    slug: 'sme-promotion-fund',
    nameTh: 'กองทุนส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม',
    nameEn: 'SME Promotion Fund',
    purpose: 'สนับสนุนเงินทุนหมุนเวียนและการพัฒนาศักยภาพของวิสาหกิจรายย่อยและวิสาหกิจชุมชน',
    eligibility: 'วิสาหกิจรายย่อย วิสาหกิจชุมชน และผู้ประกอบการที่ขึ้นทะเบียนกับหน่วยงานที่กำหนด',
    terms: 'เงินทุนหมุนเวียนระยะสั้น ผ่อนชำระรายเดือน ตามหลักเกณฑ์ที่คณะกรรมการกองทุนกำหนด',
    contact: 'สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม โทร 1301',
    agencyCode: null,
  },
];

interface DemoMaterial {
  slug: string;
  kind: string;
  effectiveDate: string;
  topics: string[];
  fund?: string;
  isPublic?: boolean;
  requiredFor?: string[];
  sourceUrl: string;
  th: { title: string; summary: string; body: string; issuingAuthority: string };
  en: { title: string; summary: string; body: string; issuingAuthority: string };
}

const DIW = 'https://www.diw.go.th';
const TISI = 'https://www.tisi.go.th';
const KRISDIKA = 'https://www.krisdika.go.th';

const materials: DemoMaterial[] = [
  {
    slug: 'factory-act-2535',
    kind: 'law',
    effectiveDate: '1992-04-09',
    topics: ['factory-law'],
    isPublic: true,
    requiredFor: ['authenticated', 'complaint-officer', 'response-team-member'],
    sourceUrl: KRISDIKA,
    th: {
      title: 'พระราชบัญญัติโรงงาน พ.ศ. 2535',
      summary: 'กฎหมายหลักว่าด้วยการตั้งและประกอบกิจการโรงงาน แบ่งโรงงานเป็นสามจำพวกตามความรุนแรงของผลกระทบ',
      issuingAuthority: 'รัฐสภา / กรมโรงงานอุตสาหกรรม',
      body: `## สาระสำคัญ

พระราชบัญญัติโรงงานแบ่งโรงงานออกเป็น **3 จำพวก** ตามขนาดและผลกระทบต่อสิ่งแวดล้อมและชุมชน

- โรงงานจำพวกที่ 1 ประกอบกิจการได้ทันที
- โรงงานจำพวกที่ 2 ต้องแจ้งให้พนักงานเจ้าหน้าที่ทราบก่อนประกอบกิจการ
- โรงงานจำพวกที่ 3 ต้องได้รับใบอนุญาตประกอบกิจการโรงงานก่อนจึงจะตั้งโรงงานได้

## อำนาจของพนักงานเจ้าหน้าที่

พนักงานเจ้าหน้าที่มีอำนาจเข้าไปในโรงงานในระหว่างเวลาทำการเพื่อตรวจสภาพโรงงาน เครื่องจักร และการปฏิบัติตามกฎหมาย และมีอำนาจสั่งให้ผู้ประกอบกิจการแก้ไขหรือปรับปรุงภายในระยะเวลาที่กำหนด

## การนำไปใช้ในงานรับเรื่องร้องเรียน

เมื่อได้รับเรื่องร้องเรียนเกี่ยวกับกลิ่น เสียง หรือน้ำเสียจากโรงงาน ให้ตรวจสอบจำพวกของโรงงานและเลขทะเบียนโรงงานก่อนลงพื้นที่`,
    },
    en: {
      title: 'Factory Act B.E. 2535 (1992)',
      summary:
        'The main law on setting up and operating factories; it sorts factories into three categories by the severity of their impact.',
      issuingAuthority: 'Parliament / Department of Industrial Works',
      body: `## Key points

Factories fall into **three categories**. Category 1 may operate at once; category 2 must notify the authority first; category 3 needs a factory operation licence before it may be set up.

Officials may enter a factory during working hours to inspect it and may order corrections within a set time.`,
    },
  },
  {
    slug: 'factory-act-no2-2562',
    kind: 'law',
    effectiveDate: '2019-10-26',
    topics: ['factory-law'],
    isPublic: true,
    requiredFor: ['authenticated'],
    sourceUrl: KRISDIKA,
    th: {
      title: 'พระราชบัญญัติโรงงาน (ฉบับที่ 2) พ.ศ. 2562',
      summary: 'แก้ไขนิยามโรงงานตามกำลังเครื่องจักรและจำนวนคนงาน ยกเลิกการต่ออายุใบอนุญาต และเปิดให้ผู้ตรวจสอบเอกชนร่วมตรวจ',
      issuingAuthority: 'รัฐสภา / กรมโรงงานอุตสาหกรรม',
      body: `## การเปลี่ยนแปลงหลัก

- โรงงานหมายถึงสถานที่ที่ใช้เครื่องจักรตั้งแต่ **50 แรงม้า** หรือคนงานตั้งแต่ **50 คน** ขึ้นไป
- ใบอนุญาตประกอบกิจการโรงงานไม่ต้องต่ออายุ แต่ต้องรายงานผลการตรวจสอบตามที่กำหนด
- ให้ผู้ตรวจสอบเอกชนที่ได้รับอนุญาตช่วยตรวจสอบและรับรองการปฏิบัติตามกฎหมาย`,
    },
    en: {
      title: 'Factory Act (No. 2) B.E. 2562 (2019)',
      summary:
        'Redefines a factory by machine power and workers, ends licence renewals and lets licensed private inspectors take part in checks.',
      issuingAuthority: 'Parliament / Department of Industrial Works',
      body: 'A factory now means premises with machines of at least 50 horsepower or at least 50 workers. Licences no longer need renewal; private inspectors may audit compliance.',
    },
  },
  {
    slug: 'mr-factory-types-2563',
    kind: 'ministerial_regulation',
    effectiveDate: '2020-05-29',
    topics: ['factory-law'],
    sourceUrl: DIW,
    th: {
      title: 'กฎกระทรวงกำหนดประเภท ชนิด และขนาดของโรงงาน พ.ศ. 2563',
      summary: 'บัญชีท้ายกฎกระทรวงกำหนดว่ากิจการใดเป็นโรงงานจำพวกที่ 1, 2 หรือ 3',
      issuingAuthority: 'กระทรวงอุตสาหกรรม',
      body: 'กฎกระทรวงฉบับนี้มีบัญชีท้ายกำหนดลำดับประเภทโรงงาน เช่น ลำดับที่ 101 โรงงานปรับคุณภาพของเสียรวม ลำดับที่ 105 โรงงานคัดแยกหรือฝังกลบสิ่งปฏิกูล ใช้ตรวจสอบจำพวกของโรงงานก่อนลงพื้นที่ตรวจ',
    },
    en: {
      title: 'Ministerial Regulation on Types, Kinds and Sizes of Factories B.E. 2563 (2020)',
      summary: 'Its schedule says which activities are category 1, 2 or 3 factories.',
      issuingAuthority: 'Ministry of Industry',
      body: 'Use the schedule to find a factory’s category (e.g. no. 101 central waste treatment, no. 105 waste sorting or landfill) before an inspection.',
    },
  },
  {
    slug: 'mr-private-inspectors-2563',
    kind: 'ministerial_regulation',
    effectiveDate: '2020-12-01',
    topics: ['factory-law', 'inspection'],
    sourceUrl: DIW,
    th: {
      title: 'กฎกระทรวงว่าด้วยผู้ตรวจสอบเอกชน พ.ศ. 2563',
      summary: 'คุณสมบัติ การขึ้นทะเบียน และหน้าที่ของผู้ตรวจสอบเอกชนที่ตรวจและรับรองโรงงาน',
      issuingAuthority: 'กระทรวงอุตสาหกรรม',
      body: 'ผู้ตรวจสอบเอกชนต้องขึ้นทะเบียนกับกรมโรงงานอุตสาหกรรม ตรวจสอบตามแบบที่กำหนด และส่งรายงานผลการตรวจภายในระยะเวลาที่กฎกระทรวงกำหนด หากพบการรายงานเท็จอาจถูกเพิกถอนการขึ้นทะเบียน',
    },
    en: {
      title: 'Ministerial Regulation on Private Inspectors B.E. 2563 (2020)',
      summary: 'Qualifications, registration and duties of private inspectors who audit and certify factories.',
      issuingAuthority: 'Ministry of Industry',
      body: 'Private inspectors register with the Department of Industrial Works, inspect on the prescribed forms and report within the set time.',
    },
  },
  {
    slug: 'announcement-effluent-2560',
    kind: 'announcement',
    effectiveDate: '2017-06-23',
    topics: ['factory-law', 'environment'],
    sourceUrl: DIW,
    th: {
      title: 'ประกาศกระทรวงอุตสาหกรรม เรื่อง กำหนดมาตรฐานควบคุมการระบายน้ำทิ้งจากโรงงาน พ.ศ. 2560',
      summary: 'ค่ามาตรฐานน้ำทิ้งที่โรงงานระบายออกสู่ภายนอก เช่น บีโอดี ซีโอดี ของแข็งแขวนลอย และโลหะหนัก',
      issuingAuthority: 'กระทรวงอุตสาหกรรม',
      body: 'โรงงานต้องบำบัดน้ำเสียให้มีคุณภาพตามค่ามาตรฐานก่อนระบายออกนอกโรงงาน ห้ามทำให้เจือจาง และต้องจัดให้มีจุดเก็บตัวอย่างน้ำทิ้ง เมื่อมีเรื่องร้องเรียนเรื่องน้ำเสียให้เก็บตัวอย่างส่งห้องปฏิบัติการที่ได้รับการรับรอง',
    },
    en: {
      title: 'Ministry of Industry Announcement on Factory Effluent Standards B.E. 2560 (2017)',
      summary: 'Limits for factory effluent such as BOD, COD, suspended solids and heavy metals.',
      issuingAuthority: 'Ministry of Industry',
      body: 'Effluent must meet the limits before it leaves the factory; dilution is prohibited and a sampling point is required.',
    },
  },
  {
    slug: 'announcement-air-emission-2549',
    kind: 'announcement',
    effectiveDate: '2006-03-01',
    topics: ['factory-law', 'environment'],
    sourceUrl: DIW,
    th: {
      title: 'ประกาศกระทรวงอุตสาหกรรม เรื่อง กำหนดค่าปริมาณของสารเจือปนในอากาศที่ระบายออกจากโรงงาน พ.ศ. 2549',
      summary: 'ค่าควบคุมฝุ่นละออง ก๊าซซัลเฟอร์ไดออกไซด์ และออกไซด์ของไนโตรเจนที่ระบายจากปล่องโรงงาน',
      issuingAuthority: 'กระทรวงอุตสาหกรรม',
      body: 'โรงงานที่มีปล่องระบายอากาศต้องควบคุมสารเจือปนในอากาศไม่ให้เกินค่าที่กำหนด และตรวจวัดตามรอบระยะเวลา เรื่องร้องเรียนเรื่องกลิ่นและควันดำให้ตรวจสอบผลการตรวจวัดล่าสุดของโรงงาน',
    },
    en: {
      title: 'Ministry of Industry Announcement on Air Emission Limits from Factories B.E. 2549 (2006)',
      summary: 'Limits on dust, sulphur dioxide and nitrogen oxides from factory stacks.',
      issuingAuthority: 'Ministry of Industry',
      body: 'Factories with stacks must keep emissions within the limits and measure them periodically.',
    },
  },
  {
    slug: 'tisi-act-2511',
    kind: 'law',
    effectiveDate: '1968-12-30',
    topics: ['product-standards'],
    isPublic: true,
    sourceUrl: TISI,
    th: {
      title: 'พระราชบัญญัติมาตรฐานผลิตภัณฑ์อุตสาหกรรม พ.ศ. 2511',
      summary: 'การกำหนดมาตรฐานผลิตภัณฑ์อุตสาหกรรม (มอก.) และผลิตภัณฑ์ที่ต้องเป็นไปตามมาตรฐานบังคับ',
      issuingAuthority: 'รัฐสภา / สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม',
      body: 'ผลิตภัณฑ์ที่อยู่ในบัญชีมาตรฐานบังคับต้องได้รับใบอนุญาตก่อนผลิตหรือนำเข้า และต้องแสดงเครื่องหมายมาตรฐาน ผู้ใดจำหน่ายผลิตภัณฑ์ที่ไม่เป็นไปตามมาตรฐานบังคับมีความผิดตามกฎหมาย',
    },
    en: {
      title: 'Industrial Product Standards Act B.E. 2511 (1968)',
      summary: 'How Thai Industrial Standards (TIS) are set, and which products must meet mandatory standards.',
      issuingAuthority: 'Parliament / Thai Industrial Standards Institute',
      body: 'Products under a mandatory standard need a licence before they are made or imported and must bear the standard mark.',
    },
  },
  {
    slug: 'tis-licence-manual',
    kind: 'manual',
    effectiveDate: '2022-01-15',
    topics: ['product-standards'],
    sourceUrl: TISI,
    th: {
      title: 'คู่มือการขอใบอนุญาตแสดงเครื่องหมายมาตรฐาน มอก.',
      summary: 'ขั้นตอนยื่นคำขอ การตรวจประเมินโรงงาน และการเก็บตัวอย่างผลิตภัณฑ์ไปทดสอบ',
      issuingAuthority: 'สำนักงานมาตรฐานผลิตภัณฑ์อุตสาหกรรม',
      body: `1. ยื่นคำขอผ่านระบบอิเล็กทรอนิกส์
2. เจ้าหน้าที่ตรวจประเมินระบบการควบคุมคุณภาพของโรงงาน
3. เก็บตัวอย่างผลิตภัณฑ์ส่งทดสอบ
4. พิจารณาออกใบอนุญาต`,
    },
    en: {
      title: 'Manual: applying for a TIS mark licence',
      summary: 'Filing the application, the factory assessment and product sampling for tests.',
      issuingAuthority: 'Thai Industrial Standards Institute',
      body: 'Apply online; officials assess the factory’s quality control, sample products for testing, then decide on the licence.',
    },
  },
  {
    slug: 'environment-act-2535-factories',
    kind: 'law',
    effectiveDate: '1992-06-04',
    topics: ['environment'],
    isPublic: true,
    sourceUrl: KRISDIKA,
    th: {
      title: 'พระราชบัญญัติส่งเสริมและรักษาคุณภาพสิ่งแวดล้อมแห่งชาติ พ.ศ. 2535 (ส่วนที่เกี่ยวกับโรงงาน)',
      summary: 'รายงานการวิเคราะห์ผลกระทบสิ่งแวดล้อม มาตรฐานควบคุมมลพิษจากแหล่งกำเนิด และหน้าที่ของเจ้าของแหล่งกำเนิดมลพิษ',
      issuingAuthority: 'รัฐสภา / กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม',
      body: 'โครงการหรือกิจการบางประเภทต้องจัดทำรายงานการวิเคราะห์ผลกระทบสิ่งแวดล้อม (EIA) ก่อนได้รับอนุญาต เจ้าของแหล่งกำเนิดมลพิษต้องติดตั้งระบบบำบัดน้ำเสียหรือระบบกำจัดของเสียตามที่เจ้าพนักงานควบคุมมลพิษกำหนด',
    },
    en: {
      title: 'Enhancement and Conservation of National Environmental Quality Act B.E. 2535 (1992), as it touches factories',
      summary: 'Environmental impact assessment, pollution-source standards and the duties of owners of pollution sources.',
      issuingAuthority: 'Parliament / Ministry of Natural Resources and Environment',
      body: 'Some projects need an EIA before approval; owners of pollution sources must install treatment systems as ordered by pollution control officials.',
    },
  },
  {
    slug: 'eia-guideline-factories',
    kind: 'guideline',
    effectiveDate: '2021-03-01',
    topics: ['environment', 'factory-law'],
    sourceUrl: DIW,
    th: {
      title: 'แนวทางการตรวจติดตามมาตรการตามรายงาน EIA ของโรงงาน',
      summary: 'วิธีตรวจว่าโรงงานปฏิบัติตามมาตรการป้องกันและแก้ไขผลกระทบสิ่งแวดล้อมที่ระบุในรายงาน',
      issuingAuthority: 'กรมโรงงานอุตสาหกรรม',
      body: 'ก่อนลงพื้นที่ให้ขอสำเนามาตรการในรายงาน EIA และรายงานผลการปฏิบัติตามมาตรการ (รายงาน Monitoring) ล่าสุด ระหว่างตรวจให้ถ่ายภาพจุดระบายน้ำทิ้งและระบบบำบัดมลพิษอากาศ',
    },
    en: {
      title: 'Guideline: following up a factory’s EIA measures',
      summary: 'How to check that a factory applies the mitigation measures stated in its EIA report.',
      issuingAuthority: 'Department of Industrial Works',
      body: 'Before the visit, get the EIA measures and the latest monitoring report; during it, photograph discharge points and air pollution control systems.',
    },
  },
  {
    slug: 'hazardous-substances-act-2535',
    kind: 'law',
    effectiveDate: '1992-04-06',
    topics: ['hazardous-substances'],
    sourceUrl: KRISDIKA,
    th: {
      title: 'พระราชบัญญัติวัตถุอันตราย พ.ศ. 2535',
      summary: 'การควบคุมการผลิต นำเข้า ส่งออก และการมีไว้ในครอบครองซึ่งวัตถุอันตราย 4 ชนิด',
      issuingAuthority: 'รัฐสภา / กรมโรงงานอุตสาหกรรม',
      body: 'วัตถุอันตรายแบ่งเป็น 4 ชนิดตามความจำเป็นในการควบคุม ผู้ครอบครองวัตถุอันตรายชนิดที่ 3 ต้องได้รับใบอนุญาต กรณีเกิดเหตุสารเคมีรั่วไหลให้แจ้งหน่วยงานที่เกี่ยวข้องทันทีและกันพื้นที่',
    },
    en: {
      title: 'Hazardous Substances Act B.E. 2535 (1992)',
      summary: 'Control of making, importing, exporting and holding four types of hazardous substances.',
      issuingAuthority: 'Parliament / Department of Industrial Works',
      body: 'Holding a type 3 hazardous substance needs a licence. In a chemical leak, alert the authorities at once and cordon off the area.',
    },
  },
  {
    slug: 'inspection-regulation-2548',
    kind: 'regulation',
    effectiveDate: '2005-08-01',
    topics: ['inspection'],
    requiredFor: ['authenticated', 'complaint-officer', 'response-team-member', 'agency-officer'],
    sourceUrl: 'https://www.opm.go.th',
    th: {
      title: 'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการตรวจราชการ พ.ศ. 2548',
      summary: 'หลักเกณฑ์การตรวจราชการ อำนาจหน้าที่ของผู้ตรวจราชการ และการรายงานผลการตรวจ',
      issuingAuthority: 'สำนักนายกรัฐมนตรี',
      body: 'ผู้ตรวจราชการมีหน้าที่ตรวจ ติดตาม และประเมินผลการปฏิบัติราชการของหน่วยงานในสังกัด ให้ข้อเสนอแนะ และรายงานผลการตรวจราชการต่อผู้บังคับบัญชาตามรอบที่กำหนด',
    },
    en: {
      title: 'Prime Minister’s Office Regulation on Government Inspection B.E. 2548 (2005)',
      summary: 'Rules of government inspection, inspectors’ powers and duties, and reporting of findings.',
      issuingAuthority: 'Office of the Prime Minister',
      body: 'Inspectors-general inspect, follow up and evaluate agencies’ work, advise them and report findings each round.',
    },
  },
  {
    slug: 'grievance-regulation-2552',
    kind: 'regulation',
    effectiveDate: '2009-10-01',
    topics: ['complaints'],
    requiredFor: ['complaint-officer'],
    sourceUrl: 'https://www.opm.go.th',
    th: {
      title: 'ระเบียบสำนักนายกรัฐมนตรีว่าด้วยการจัดการเรื่องราวร้องทุกข์ พ.ศ. 2552',
      summary: 'การรับ ส่งต่อ ติดตาม และแจ้งผลการพิจารณาเรื่องราวร้องทุกข์ของประชาชน',
      issuingAuthority: 'สำนักนายกรัฐมนตรี',
      body: 'หน่วยงานต้องรับเรื่องราวร้องทุกข์ทุกช่องทาง ลงทะเบียน ส่งให้หน่วยงานที่รับผิดชอบ ติดตามผล และแจ้งผลให้ผู้ร้องทราบ เรื่องที่ไม่ระบุชื่อผู้ร้องแต่มีข้อมูลเพียงพอให้รับไว้พิจารณา',
    },
    en: {
      title: 'Prime Minister’s Office Regulation on Handling Grievances B.E. 2552 (2009)',
      summary: 'Receiving, forwarding, following up and answering citizens’ grievances.',
      issuingAuthority: 'Office of the Prime Minister',
      body: 'Agencies take grievances from every channel, register them, forward them, follow up and tell the complainant the outcome.',
    },
  },
  {
    slug: 'pdpa-2562',
    kind: 'law',
    effectiveDate: '2022-06-01',
    topics: ['personal-data', 'complaints'],
    isPublic: true,
    requiredFor: ['authenticated', 'complaint-officer', 'response-team-member'],
    sourceUrl: 'https://www.pdpc.or.th',
    th: {
      title: 'พระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562',
      summary: 'หลักการเก็บ ใช้ และเปิดเผยข้อมูลส่วนบุคคล ฐานทางกฎหมาย ความยินยอม และสิทธิของเจ้าของข้อมูล',
      issuingAuthority: 'รัฐสภา / สำนักงานคณะกรรมการคุ้มครองข้อมูลส่วนบุคคล',
      body: `## สิ่งที่เจ้าหน้าที่ต้องทำ

- เก็บข้อมูลของผู้ร้องเรียนเท่าที่จำเป็น และบันทึกความยินยอม
- ห้ามเปิดเผยชื่อและที่อยู่ของผู้ร้องเรียนแก่โรงงานหรือบุคคลภายนอก
- ลบหรือทำลายข้อมูลเมื่อพ้นระยะเวลาการเก็บรักษา`,
    },
    en: {
      title: 'Personal Data Protection Act B.E. 2562 (2019)',
      summary: 'Collecting, using and disclosing personal data: lawful bases, consent and data subjects’ rights.',
      issuingAuthority: 'Parliament / Personal Data Protection Committee',
      body: 'Collect only what is needed and record consent; never disclose a complainant’s name or address to the factory; delete data after the retention period.',
    },
  },
  {
    slug: 'sme-pracharat-loan-measure',
    kind: 'fund_measure',
    effectiveDate: '2016-08-01',
    topics: ['sme-finance'],
    fund: 'sme-pracharat-fund',
    isPublic: true,
    sourceUrl: 'https://www.dip.go.th',
    th: {
      title: 'มาตรการสินเชื่อกองทุนพัฒนาเอสเอ็มอีตามแนวประชารัฐ',
      summary: 'สินเชื่อดอกเบี้ยต่ำระยะยาวสำหรับเอสเอ็มอีเพื่อลงทุนและเสริมสภาพคล่อง',
      issuingAuthority: 'กรมส่งเสริมอุตสาหกรรม',
      body: 'ผู้ประกอบการยื่นคำขอพร้อมแผนธุรกิจ คณะกรรมการพิจารณาตามศักยภาพและความสามารถในการชำระหนี้ เงินกู้ใช้เพื่อซื้อเครื่องจักร ปรับปรุงโรงงาน หรือเป็นเงินทุนหมุนเวียน',
    },
    en: {
      title: 'SME Pracharat Fund loan measure',
      summary: 'Long-term, low-interest loans for SMEs to invest and keep liquidity.',
      issuingAuthority: 'Department of Industrial Promotion',
      body: 'Applicants submit a business plan; the committee weighs potential and ability to repay. Loans buy machinery, upgrade factories or fund working capital.',
    },
  },
  {
    slug: 'sme-restructuring-criteria',
    kind: 'fund_measure',
    effectiveDate: '2021-02-01',
    topics: ['sme-finance'],
    fund: 'sme-pracharat-fund',
    sourceUrl: 'https://www.dip.go.th',
    th: {
      title: 'หลักเกณฑ์การพิจารณาสินเชื่อเพื่อฟื้นฟูกิจการเอสเอ็มอี',
      summary: 'เงื่อนไขการพักชำระหนี้และปรับโครงสร้างหนี้สำหรับลูกหนี้กองทุนที่ได้รับผลกระทบ',
      issuingAuthority: 'คณะกรรมการกองทุนพัฒนาเอสเอ็มอีตามแนวประชารัฐ',
      body: 'ลูกหนี้ที่ได้รับผลกระทบจากเหตุการณ์ที่คณะกรรมการประกาศ ขอพักชำระเงินต้นหรือขยายระยะเวลาชำระได้ โดยต้องยื่นคำขอพร้อมหลักฐานผลกระทบภายในระยะเวลาที่กำหนด',
    },
    en: {
      title: 'Criteria for SME recovery loans',
      summary: 'Payment holidays and debt restructuring for affected fund borrowers.',
      issuingAuthority: 'SME Pracharat Fund committee',
      body: 'Affected borrowers may pause principal repayments or extend the term if they apply with evidence in time.',
    },
  },
  {
    slug: 'micro-enterprise-revolving-fund',
    kind: 'fund_measure',
    effectiveDate: '2023-10-01',
    topics: ['sme-finance'],
    fund: 'sme-promotion-fund',
    isPublic: true,
    sourceUrl: 'https://www.sme.go.th',
    th: {
      title: 'มาตรการเงินทุนหมุนเวียนสำหรับวิสาหกิจรายย่อย',
      summary: 'เงินทุนหมุนเวียนระยะสั้นสำหรับวิสาหกิจรายย่อยและวิสาหกิจชุมชน',
      issuingAuthority: 'สำนักงานส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม',
      body: 'วิสาหกิจรายย่อยที่ขึ้นทะเบียนแล้วขอรับเงินทุนหมุนเวียนได้ ผ่อนชำระรายเดือน หน่วยงานในจังหวัดช่วยให้คำปรึกษาการจัดทำคำขอ',
    },
    en: {
      title: 'Revolving fund measure for micro-enterprises',
      summary: 'Short-term working capital for micro and community enterprises.',
      issuingAuthority: 'Office of SME Promotion',
      body: 'Registered micro-enterprises may borrow working capital repaid monthly; provincial offices help with applications.',
    },
  },
  {
    slug: 'rapid-response-inspection-manual',
    kind: 'manual',
    effectiveDate: '2024-01-10',
    topics: ['inspection', 'complaints', 'factory-law'],
    requiredFor: ['response-team-member'],
    sourceUrl: DIW,
    th: {
      title: 'คู่มือการลงพื้นที่ตรวจโรงงานสำหรับทีมม้าเร็ว',
      summary: 'ขั้นตอนเตรียมตัว การตรวจ การเก็บหลักฐาน และการบันทึกผลการลงพื้นที่',
      issuingAuthority: 'กองตรวจราชการ กระทรวงอุตสาหกรรม',
      body: `1. ตรวจสอบข้อมูลโรงงาน เลขทะเบียน และจำพวกโรงงาน
2. ประสานสำนักงานอุตสาหกรรมจังหวัด
3. ลงพื้นที่ แสดงบัตรประจำตัวพนักงานเจ้าหน้าที่
4. เก็บหลักฐาน ภาพถ่าย พิกัด และตัวอย่าง
5. บันทึกผลการลงพื้นที่ในระบบภายในวันเดียวกัน`,
    },
    en: {
      title: 'Field inspection manual for rapid-response teams',
      summary: 'Preparing, inspecting, collecting evidence and recording a field visit.',
      issuingAuthority: 'Inspector-General division, Ministry of Industry',
      body: 'Check the factory’s registration and category, coordinate with the provincial office, show your ID, collect evidence and record the visit the same day.',
    },
  },
  {
    slug: 'new-inspector-course',
    kind: 'course',
    effectiveDate: '2025-11-01',
    topics: ['inspection'],
    sourceUrl: 'https://www.industry.go.th',
    th: {
      title: 'หลักสูตรอบรมผู้ตรวจราชการและเจ้าหน้าที่ใหม่',
      summary: 'หลักสูตรสามวัน: กฎหมายโรงงาน การตรวจราชการ การจัดการเรื่องร้องเรียน และการคุ้มครองข้อมูลส่วนบุคคล',
      issuingAuthority: 'กองตรวจราชการ กระทรวงอุตสาหกรรม',
      body: `## วันที่ 1
กฎหมายโรงงานและกฎหมายที่เกี่ยวข้อง

## วันที่ 2
การตรวจราชการและการติดตามรายงานความก้าวหน้าโครงการ

## วันที่ 3
การจัดการเรื่องร้องเรียน กรณีศึกษา และการคุ้มครองข้อมูลส่วนบุคคล`,
    },
    en: {
      title: 'Course for new inspectors and staff',
      summary: 'Three days: factory law, government inspection, complaint handling and personal data protection.',
      issuingAuthority: 'Inspector-General division, Ministry of Industry',
      body: 'Day 1 factory law; day 2 inspection and project progress reporting; day 3 complaints, case studies and personal data protection.',
    },
  },
  {
    slug: 'emergency-complaint-guideline',
    kind: 'guideline',
    effectiveDate: '2024-06-01',
    topics: ['complaints', 'hazardous-substances'],
    requiredFor: ['complaint-officer', 'response-team-member'],
    sourceUrl: 'https://www.industry.go.th',
    th: {
      title: 'แนวทางรับเรื่องร้องเรียนกรณีเหตุฉุกเฉินจากโรงงาน',
      summary: 'การคัดแยกเรื่องเร่งด่วน เช่น ไฟไหม้ สารเคมีรั่วไหล หรือการระเบิด และการแจ้งทีมม้าเร็วทันที',
      issuingAuthority: 'กองตรวจราชการ กระทรวงอุตสาหกรรม',
      body: 'เรื่องที่มีความเสี่ยงต่อชีวิตหรือสุขภาพให้จัดเป็นระดับฉุกเฉิน แจ้งทีมม้าเร็วและสำนักงานอุตสาหกรรมจังหวัดทันที และประสานหน่วยงานบรรเทาสาธารณภัยในพื้นที่',
    },
    en: {
      title: 'Guideline: emergency complaints about factories',
      summary: 'Triage of emergencies such as fires, chemical leaks or explosions, and alerting rapid-response teams at once.',
      issuingAuthority: 'Inspector-General division, Ministry of Industry',
      body: 'Anything that threatens life or health is an emergency: alert the rapid-response team and the provincial office at once and call local disaster relief.',
    },
  },
  {
    slug: 'progress-report-manual',
    kind: 'manual',
    effectiveDate: '2025-10-01',
    topics: ['inspection'],
    requiredFor: ['agency-officer'],
    sourceUrl: 'https://www.industry.go.th',
    th: {
      title: 'คู่มือการรายงานความก้าวหน้าโครงการสำหรับหน่วยงาน',
      summary: 'รอบการรายงาน กำหนดส่ง ตัวชี้วัด และการแนบหลักฐานการใช้จ่ายงบประมาณ',
      issuingAuthority: 'กองตรวจราชการ กระทรวงอุตสาหกรรม',
      body: 'รายงานความก้าวหน้าต้องส่งภายในวันที่กำหนดหลังสิ้นรอบ ระบุร้อยละความก้าวหน้า งบประมาณที่ใช้ ผลตามตัวชี้วัด ปัญหาอุปสรรค และแนบหลักฐาน หากเลยกำหนดระบบจะส่งอีเมลเตือนและแจ้งผู้บังคับบัญชา',
    },
    en: {
      title: 'Manual: project progress reporting for agencies',
      summary: 'Reporting periods, deadlines, KPIs and evidence of budget spending.',
      issuingAuthority: 'Inspector-General division, Ministry of Industry',
      body: 'Submit by the due day after each period: progress %, budget spent, KPI results, obstacles and evidence. Late reports trigger reminders and escalation.',
    },
  },
];

type MaterialInput = DocumentInput<typeof MATERIAL_UID>;
type MaterialUpdate = DocumentUpdate<typeof MATERIAL_UID>;

export async function loadTrainingDemo(strapi: Core.Strapi): Promise<{ topics: number; funds: number; materials: number }> {
  const loaded = { topics: 0, funds: 0, materials: 0 };
  const topicIds = new Map<string, string>();
  for (const [slug, nameTh, nameEn] of topics) {
    let row = await strapi.db.query(TOPIC_UID).findOne({ where: { slug } });
    if (!row) {
      row = await strapi.documents(TOPIC_UID).create({ data: { slug, nameTh, nameEn } });
      loaded.topics++;
    }
    topicIds.set(slug, row.documentId);
  }
  const fundIds = new Map<string, string>();
  for (const { agencyCode, ...fund } of funds) {
    let row = await strapi.db.query(FUND_UID).findOne({ where: { slug: fund.slug } });
    if (!row) {
      const agency = agencyCode ? await strapi.db.query(AGENCY_UID).findOne({ where: { code: agencyCode } }) : null;
      row = await strapi.documents(FUND_UID).create({ data: { ...fund, agency: agency?.documentId ?? null } });
      loaded.funds++;
    }
    fundIds.set(fund.slug, row.documentId);
  }
  const roles: { type: string; documentId: string }[] = await strapi.db.query(ROLE_UID).findMany({});
  const documents = strapi.documents(MATERIAL_UID);
  for (const m of materials) {
    if (await strapi.db.query(MATERIAL_UID).findOne({ where: { slug: m.slug } })) continue;
    const shared = {
      slug: m.slug,
      kind: m.kind,
      effectiveDate: m.effectiveDate,
      sourceUrl: m.sourceUrl,
      isPublic: m.isPublic ?? false,
      version: 1,
      topics: m.topics.map((t) => topicIds.get(t)).filter(Boolean),
      fund: m.fund ? (fundIds.get(m.fund) ?? null) : null,
      requiredForRoles: roles.filter((r) => m.requiredFor?.includes(r.type)).map((r) => r.documentId),
    };
    const created = await documents.create({ locale: 'th', data: { ...shared, ...m.th } as MaterialInput });
    await documents.update({ documentId: created.documentId, locale: 'en', data: { ...shared, ...m.en } as MaterialUpdate });
    await documents.publish({ documentId: created.documentId, locale: '*' });
    loaded.materials++;
  }
  return loaded;
}
