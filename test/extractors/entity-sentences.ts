// Sentences written for this project, one or more a rule of issue 17, with the
// platforms and agencies each must give (canonical name or surface form, as the
// scorer counts them) and near-misses that must give nothing. entity-table.test.ts
// runs them and reports precision and recall per rule.

export interface Row {
  rule: string;
  text: string;
  agencies?: string[];
  platforms?: string[];
}

export const rows: Row[] = [
  // Local bodies by grammar: a place and a kind of body.
  { rule: 'local-body', text: '冠县国税局对该公司进行了稽查。', agencies: ['冠县国税局'] },
  { rule: 'local-body', text: '南昌市工商局吊销了这家投资公司的营业执照。', agencies: ['南昌市工商局'] },
  { rule: 'local-body', text: '浙江省物价局和杭州市财政局联合发文。', agencies: ['浙江省物价局', '杭州市财政局'] },
  { rule: 'local-body', text: '广东省财政厅下达了专项资金。', agencies: ['广东省财政厅'] },
  { rule: 'local-body', text: '北京市发改委、深圳市住建局和成都市房管局先后表态。', agencies: ['北京市发改委', '深圳市住建局', '成都市房管局'] },
  { rule: 'local-body', text: '上海市地方金融监督管理局和温州市金融办约谈了平台。', agencies: ['上海市地方金融监督管理局', '温州市金融办'] },
  { rule: 'local-body', text: '四川银保监局和深圳证监局发布风险提示。', agencies: ['四川银保监局', '深圳证监局'] },
  { rule: 'local-body', text: '吉林省监狱管理局通报了减刑情况。', agencies: ['吉林省监狱管理局'] },
  { rule: 'local-body', text: '余杭区人民检察院以集资诈骗罪提起公诉。', agencies: ['余杭区人民检察院'] },
  { rule: 'local-body', text: '杭州市政府和余杭区政府召开会议。', agencies: ['杭州市政府', '余杭区政府'] },
  { rule: 'local-body', text: '杭州市委书记主持会议，中共浙江省委作出部署。', agencies: ['杭州市委', '中共浙江省委'] },
  { rule: 'local-body', text: '长沙市地税局和湖南省国税局合并办公。', agencies: ['长沙市地税局', '湖南省国税局'] },
  { rule: 'local-body', text: '杭州市西湖区北山派出所接到报警。', agencies: ['杭州市西湖区北山派出所'] },
  { rule: 'local-body', text: '东莞市公安局南城分局对平台立案侦查。', agencies: ['东莞市公安局南城分局'] },
  { rule: 'local-body', text: '朝阳区法院审理了这起借贷纠纷，北京的借款人败诉。', agencies: ['朝阳区法院'] },
  { rule: 'local-body', text: '苏州市市场监管局和无锡市人社局开展检查。', agencies: ['苏州市市场监管局', '无锡市人社局'] },
  { rule: 'local-body', text: '杭州市委宣传部和浙江省委组织部召开会议。', agencies: ['杭州市委宣传部', '浙江省委组织部'] },
  { rule: 'local-body', text: '杭州市政府办公厅印发通知，石门镇政府随后落实。', agencies: ['杭州市政府办公厅', '石门镇政府'] },
  { rule: 'local-body', text: '杭州市公安局交警支队和杭州市气象局发布提示。', agencies: ['杭州市公安局交警支队', '杭州市气象局'] },
  { rule: 'district-short', text: '海淀法院判决，余杭警方立案，浦东检察院起诉。', agencies: ['海淀法院', '余杭警方', '浦东检察院'] },
  { rule: 'local-body', text: '浙江省温州市鹿城区人民法院对被告人判处有期徒刑。', agencies: ['浙江省温州市鹿城区人民法院'] },
  // Court short forms.
  { rule: 'court-short', text: '山东高院驳回上诉，维持聊城中院的一审判决。', agencies: ['山东高院', '聊城中院'] },
  { rule: 'court-short', text: '北京高院和上海一中院分别受理了此案。', agencies: ['北京高院'] },
  // Bare level words resolved by the page.
  { rule: 'bare-level', text: '山东省多地出现借贷纠纷，省工信厅发布通知。', agencies: ['省工信厅'] },
  { rule: 'bare-level', text: '广西南宁的出借人报案，自治区财政厅表示关注。', agencies: ['自治区财政厅'] },
  { rule: 'bare-level', text: '记者从市公安局获悉，杭州已抓获嫌疑人。', agencies: ['市公安局'] },
  { rule: 'bare-level', text: '近日省公安厅通报了一批案件。', agencies: ['省公安厅'] },
  // Police words after a place.
  { rule: 'police-word', text: '杭州警方通报，平台负责人已投案。', agencies: ['杭州警方'] },
  // Former bodies with their successor.
  { rule: 'former', text: '电监会和建设部曾联合发文。', agencies: ['电监会', '建设部'] },
  { rule: 'former', text: '2016年银监会和保监会分别出台办法，农业部也有部署。', agencies: ['银监会', '保监会', '农业部'] },
  { rule: 'former', text: '原卫生部和国家卫计委的职能后来并入国家卫健委。', agencies: ['卫生部', '国家卫计委', '国家卫健委'] },
  // Central bodies the list lacked.
  { rule: 'central', text: '住建部、人社部和国资委联合印发通知。', agencies: ['住建部', '人社部', '国资委'] },
  // Foreign bodies.
  { rule: 'foreign', text: '美联储宣布加息，美国证券交易委员会也在调查。', agencies: ['美联储', '美国证券交易委员会'] },
  { rule: 'foreign', text: '美国国务院发表声明，英国财政部作出回应。', agencies: ['美国国务院', '英国财政部'] },
  { rule: 'foreign', text: '日本央行和欧洲央行维持利率不变，印尼金融服务管理局叫停了多家网贷。', agencies: ['日本央行', '欧洲央行', '印尼金融服务管理局'] },
  { rule: 'foreign', text: '香港证监会对这家券商处以罚款。', agencies: ['香港证监会'] },
  // Near-misses for agencies.
  { rule: 'near-miss', text: '地方发改委和有关部门表示将加强监管。' },
  { rule: 'near-miss', text: '各地金融办、当地卫健委和基层政府都要配合。' },
  { rule: 'near-miss', text: '各省公安厅和各市法院都收到了通知。' },
  { rule: 'near-miss', text: '辖区派出所和城市政府都没有回应。' },
  { rule: 'near-miss', text: '一些城市政府习惯于举债，地级市政府也是如此。' },
  { rule: 'near-miss', text: '杭州市委托第三方机构审计。' },
  { rule: 'near-miss', text: '浙江省人大代表提出了建议。' },
  { rule: 'near-miss', text: '节省政府开支是省里的要求。' },
  { rule: 'near-miss', text: '记者致电市场部，对方表示不清楚。' },
  { rule: 'near-miss', text: '乡镇政府和城镇规划局都要落实。' },
  // Lending products as platforms.
  { rule: 'product', text: '他在借呗、花呗、京东白条和微粒贷都有欠款，还借了网商贷。', platforms: ['借呗', '花呗', '京东白条', '微粒贷', '网商贷'] },
  { rule: 'product', text: '借呗、花呗、白条都逾期了。', platforms: ['借呗', '花呗', '白条'] },
  { rule: 'product', text: '京东金条和有钱花的借款利率都不低。', platforms: ['京东金条', '有钱花'] },
  // Licensed lenders spoken of as lenders.
  { rule: 'lender', text: '招商银行起诉借款人，要求偿还贷款本金。', platforms: ['招商银行'] },
  { rule: 'lender', text: '他在国泰君安开通了融资融券，又找了配资平台。', platforms: ['国泰君安'] },
  { rule: 'lender', text: '哈银消费金融起诉借款人，焱淼小贷也在放款。', platforms: ['哈银消费金融', '焱淼小贷'] },
  { rule: 'lender', text: '借款人向长沙银行申请了经营贷款。', platforms: ['长沙银行'] },
  { rule: 'lender', text: '他在鑫焱证券开通融资融券后亏损。', platforms: ['鑫焱证券'] },
  { rule: 'lender', text: '招商银行杭州分行发放了一笔经营贷款。', platforms: ['招商银行'] },
  // Incident subjects, new names included.
  { rule: 'incident', text: '奶瓶儿平台已无法提现，出借人报警。', platforms: ['奶瓶儿'] },
  { rule: 'incident', text: '速贷360平台已无法提现，借款人仍需还款。', platforms: ['速贷360'] },
  { rule: 'incident', text: '焱淼财富爆雷，出借人报案。', platforms: ['焱淼财富'] },
  { rule: 'incident', text: '网贷平台焱淼贷的实控人被刑拘，出借人报案。', platforms: ['焱淼贷'] },
  { rule: 'incident', text: '近日，鑫焱金服平台突然跑路，出借人无法提现。', platforms: ['鑫焱金服'] },
  { rule: 'incident', text: 'e租宝、唐小僧和善林金融都已爆雷。', platforms: ['e租宝', '唐小僧', '善林金融'] },
  { rule: 'incident', text: '焱淼金服涉嫌非法集资，已被警方立案。', platforms: ['焱淼金服'] },
  { rule: 'incident', text: '鑫焱贷平台出现逾期，出借人维权。', platforms: ['鑫焱贷'] },
  { rule: 'incident', text: '资金链断裂后，鑫盛财富平台暂停运营，投资人报案。', platforms: ['鑫盛财富'] },
  // App names with 儿 outside an incident.
  { rule: 'app-name', text: '他在奶瓶儿平台借了钱，借款利息很高。', platforms: ['奶瓶儿'] },
  // Near-misses for platforms.
  { rule: 'near-miss', text: '招商银行发布年报，净利润增长。' },
  { rule: 'near-miss', text: '国泰君安发布研报称，市场回暖。' },
  { rule: 'near-miss', text: '长沙银行和商业银行都在招聘。' },
  { rule: 'near-miss', text: '商业银行和外资银行都发放了贷款。' },
  { rule: 'near-miss', text: '张伟跑路后，借款人报警。' },
  { rule: 'near-miss', text: '王焱逾期后，借款人被催收。' },
  { rule: 'near-miss', text: '这家工厂倒闭后，工人讨薪。' },
  { rule: 'near-miss', text: '温州的众筹网站被查封，借款人仍需还款。' },
  { rule: 'near-miss', text: '行业爆雷潮中，多家平台无法提现，该平台也宣布清退。' },
  { rule: 'near-miss', text: '杭州多家P2P平台爆雷，出借人报案。' },
  { rule: 'near-miss', text: '据悉，杭州网贷平台爆雷，老板跑路。' },
  { rule: 'near-miss', text: '借贷平台无法提现，出借人报案。' },
  { rule: 'near-miss', text: '公司老板跑路，出借人报案。' },
  { rule: 'near-miss', text: '某鑫金融小额贷款公司用软件骚扰借款人。' },
  { rule: 'near-miss', text: '他给朋友打了白条，借款还没还。' },
  { rule: 'near-miss', text: '全国有3000家平台，超过100个平台的借款人逾期。' },
  { rule: 'near-miss', text: '据北京商报报道，深圳P2P平台大面积爆雷。' },
];
