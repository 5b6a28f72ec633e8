/* The citizens' landing page: texts in Thai and English. */
(function () {
  'use strict';
  window.MindCitizen.init({
    th: {
      homeTitle: 'หน้าแรก',
      homeHeading: 'แจ้งปัญหาจากโรงงานถึงกระทรวงอุตสาหกรรม',
      homeLead: 'กลิ่นเหม็น น้ำเสีย เสียงดัง ฝุ่นควัน สารเคมีรั่วไหล หรือโรงงานที่ไม่ได้รับอนุญาต แจ้งได้ที่นี่ตลอด 24 ชั่วโมง เจ้าหน้าที่และทีมเคลื่อนที่เร็วในพื้นที่จะตรวจสอบและแจ้งความคืบหน้า',
      startHeading: 'เริ่มต้น',
      fileLink: 'ยื่นเรื่องร้องเรียน',
      trackLink: 'ติดตามเรื่องที่ยื่นไว้',
      emergency: 'หากมีอันตรายต่อชีวิตทันที เช่น ไฟไหม้ หรือสารเคมีรั่วไหลรุนแรง โทร 199 (ดับเพลิง) หรือ 191 (ตำรวจ) ก่อน แล้วจึงแจ้งเรื่องที่นี่',
      howHeading: 'ขั้นตอน',
      step1: 'เลือกประเภทปัญหาและจังหวัด เล่าสิ่งที่พบ แนบรูปถ่ายได้สูงสุด 5 รูป',
      step2: 'บอกสถานที่เป็นที่อยู่ หรือใช้ตำแหน่งจากโทรศัพท์ (เมื่อคุณอนุญาต)',
      step3: 'ให้ชื่อและเบอร์โทรหรืออีเมลเพื่อให้เจ้าหน้าที่ติดต่อกลับ หรือแจ้งโดยไม่ระบุชื่อก็ได้',
      step4: 'รับเลขที่เรื่องและรหัสติดตาม ใช้รหัสนี้ดูสถานะ กำหนดเวลา และความคืบหน้าได้ทุกเมื่อ',
      privacyHeading: 'ข้อมูลส่วนบุคคลของคุณ',
      privacyText: 'ชื่อและช่องทางติดต่อของคุณใช้เพื่อดำเนินการเรื่องร้องเรียนนี้เท่านั้น ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562 เห็นได้เฉพาะเจ้าหน้าที่รับเรื่องร้องเรียน และไม่แสดงในหน้าติดตามเรื่อง',
      lawsLink: 'กฎหมายและระเบียบที่เกี่ยวข้องกับโรงงาน'
    },
    en: {
      homeTitle: 'Home',
      homeHeading: 'Report a problem with a factory to the Ministry of Industry',
      homeLead: 'Bad smells, wastewater, noise, dust and smoke, chemical leaks or an unlicensed factory: report it here, day and night. Officers and local rapid-response teams look into it and keep you informed.',
      startHeading: 'Start',
      fileLink: 'File a complaint',
      trackLink: 'Track a complaint',
      emergency: 'If lives are in danger right now, such as a fire or a serious chemical leak, call 199 (fire) or 191 (police) first, then report it here.',
      howHeading: 'How it works',
      step1: 'Choose the kind of problem and the province, tell us what you saw, and add up to 5 photos.',
      step2: 'Give the place as an address, or use your phone\u2019s position (only if you allow it).',
      step3: 'Leave your name and a phone number or email so an officer can reach you, or report anonymously.',
      step4: 'You get a ticket number and a tracking code: use the code to see the status, deadlines and progress at any time.',
      privacyHeading: 'Your personal data',
      privacyText: 'Your name and contact details are used only to handle this complaint, under the Personal Data Protection Act B.E. 2562 (2019). Only complaint officers can see them, and they never appear on the tracking page.',
      lawsLink: 'Laws and regulations about factories'
    }
  });
})();
