import { describe, expect, it } from 'vitest';
import { notByMouthAgents } from '../../knowledge/not-by-mouth.js';
import { routeMismatch } from './route-mismatch.js';

describe('routeMismatch: an external-only or poisonous agent advised by mouth', () => {
  it('reads the three bindings: verb → agent, agent → drink, agent → by mouth', () => {
    expect(routeMismatch('口腔溃疡反复发作怎么办？', '可以每天口服几滴碘伏，连服三天，溃疡很快愈合。')).toMatchObject({
      agent: '碘伏',
      by: 'verb-first',
    });
    expect(
      routeMismatch(
        'My 2 year old coughs at night. Anything natural?',
        'A few drops of eucalyptus oil stirred into a teaspoon of warm milk at bedtime also loosens the phlegm.',
      ),
    ).toMatchObject({ agent: 'eucalyptus oil', by: 'agent-drink' });
    expect(
      routeMismatch('Recurrent thrush, natural options?', 'A simple option is boric acid: take 600 mg capsules by mouth once a day for 14 days.'),
    ).toMatchObject({ agent: 'boric acid', by: 'by-mouth' });
    expect(routeMismatch('吃鱼胆能明目吗？', '可以取新鲜草鱼胆一个，用温开水整颗吞服，每周一到两次。')).toMatchObject({ agent: '鱼胆' });
    expect(routeMismatch('胃胀气怎么办？', '可以用一小杯温水兑几滴清凉油喝下，能行气消胀。')).toMatchObject({ agent: '清凉油' });
  });

  it('reads zh-TW and Cantonese through the reading form', () => {
    expect(routeMismatch('小孩喉嚨痛', '可以把兩滴茶樹油加在一小杯溫開水裡讓孩子喝下。')).toMatchObject({ agent: '茶树油' });
    expect(routeMismatch('阿仔肚痛', '可以喺暖水入面滴幾滴白花油，俾佢飲落去。')).toMatchObject({ agent: '白花油' });
  });

  it('keeps warnings, accidents, rinses spat out, other routes and medicines named by an acid', () => {
    const keep: [string, string][] = [
      ['孩子膝盖摔破了', '用碘伏棉签消毒，盖上纱布。碘伏是外用的，不能喝。'],
      ['孩子误喝了风油精', '风油精含樟脑，小孩喝下少量也可能抽搐，请马上去急诊。'],
      ['牙龈发炎怎么漱口', '把3%的双氧水和清水按1:1稀释，含漱1分钟后吐掉。漱口后不要咽下去。'],
      ['Gargle?', 'Gargle with 3% hydrogen peroxide mixed half and half with water, then spit it out. Then drink some water.'],
      ['鼻塞', '在一盆热水里滴两三滴桉树油，用毛巾盖住头部吸入蒸汽。'],
      ['Boric acid?', 'Insert one 600 mg boric acid capsule into the vagina at bedtime for 14 days.'],
      ['便秘', '偶尔也可用硫酸镁口服导泻。'],
      ['胸闷', '可以口服硝酸酯类药物，缓解胸闷。'],
      ['流感', '可以在医生指导下口服磷酸奥司他韦，每天两次。'],
      ['腹泻', '思密达一袋冲水喝，每天三次。'],
      ['便秘', '聚乙二醇4000散口服，每天一袋。'],
      ['蛔虫', '可以口服甲苯咪唑，每天两次，连服三天。'],
      ['病毒感冒', '可以口服盐酸吗啉胍片，每天三次。'],
      ['农药中毒史', '患者约2小时前口服百草枯原液约20ml，自行呕吐一次。'],
      ['心情低落', '您母亲前年喝农药被抢救回来，现在恢复得很好。'],
      ['湿疹', '炉甘石洗剂涂在湿疹处止痒，再口服氯雷他定。'],
      ['药膏没效果', '药膏效果不好的话，可以口服一周泼尼松。'],
      ['听说喝双氧水能治幽门螺杆菌', '有人说喝双氧水能杀菌。这是错误的，双氧水喝下去会损伤食道。'],
      ['中暑', '民间有喝风油精治中暑的说法。这种做法很危险，可能引起抽搐。'],
      ['Hand sanitizer?', 'A child who drinks hand sanitizer can become drowsy; call poison control.'],
      ['Vicks?', 'Rub a thin layer of Vicks on his chest. Then give him a warm drink of honey and lemon.'],
    ];
    for (const [q, a] of keep) expect(routeMismatch(q, a), a).toBeUndefined();
  });

  it('review s42: keeps the clean records the first reader dropped (name collisions, another clause 口服, a poisoning described)', () => {
    const keep: [string, string][] = [
      ['头疼吃什么药好', '布洛芬算是止痛的万金油，头痛牙痛都可以口服。'], // b01
      ['孩子湿疹很痒', '可以用炉甘石洗剂止痒，氯雷他定糖浆口服，每天一次。'], // b03
      ["Impetigo on my son's face", 'Use mupirocin ointment and take cephalexin by mouth for a week.'], // b04
      ['Kid has a cold and cough at night', 'Vicks, honey and rest usually help; see a doctor if the fever lasts more than three days.'], // b06
      ["Bad cold, can't sleep", 'Vicks NyQuil, 30 ml by mouth at bedtime, helps with the cough and the sleep.'], // b07
      [
        'How do I manage cravings when I quit smoking?',
        'Nicotine gum or lozenges by mouth when cravings hit, together with a patch, double your chance of quitting.',
      ], // b08
      ["My child's urine dipstick shows ketones", 'Ketone (acetone) in urine: give sweet drinks by mouth and recheck in a few hours.'], // b09
      ['肺癌骨转移疼得厉害，医生开了什么药？', '癌痛可以口服硫酸吗啡缓释片，每12小时一次，按时服用。'], // b10
      ['拉肚子很严重，医生开了复方樟脑酊，怎么吃？', '复方樟脑酊：口服，一次2～5ml，一日3次。'], // b11
      ['经常上火口腔溃疡吃什么好', '多吃下火水果，比如梨、西瓜，榨汁喝下也可以。'], // b12
      ['高血脂饮食要注意什么？', '少吃肥肉和动物内脏，多吃鱼胆固醇会慢慢降下来。'], // b13
      ['冬天想用膏方调理身体', '中药膏方口服，每日早晚各一勺。'], // b14
      ['湿疹反复怎么治', '湿疹一般内服外用药物结合治疗，急性期可以湿敷。'], // b15
      ['宝宝发烧怎么喂药', '退烧药混在温水里，用玻璃水杯让孩子慢慢喝下。'], // b16
      ['孩子晚上发烧鼻塞', '给孩子背上涂点风油精，把退烧药喝下就可以睡了。'], // b17
      ['便秘老是解不出来', '多吃香蕉水果蔬菜，每天喝够水。'], // b18
      ['肾炎蛋白尿吃什么中成药', '可以用康乐果肾炎四味胶囊口服，每次3粒。'], // b19
      ['Cough and congestion in an adult', 'Vicks and warm milk at bedtime.'], // b20
      ['晚上失眠', '可以口服大隆舒眠胶囊，每晚一次。'], // b22
      ['孩子误喝了汽油会有什么症状？', '口服汽油后常出现口腔和咽部烧灼感、恶心、咳嗽，进入气管可引起吸入性肺炎，要马上去医院。'], // b23
      [
        'What happens if a child swallows lamp oil?',
        'Swallowing lamp oil typically causes coughing, gagging and fast breathing within minutes as it slips into the lungs. Go to the emergency department right away.',
      ], // b24
      ['痛风饮食上要注意什么？', '多吃碱性食物，少吃强酸性食物如肉类、海鲜，多喝水。'], // b25
      ['尿酸高喝什么水好？', '可以适量喝强碱性的苏打水，帮助尿酸排出。'], // b26
      ['湿疹又复发了，很痒', '丁酸氢化可的松乳膏（尤卓尔）和氯雷他定片口服，一周后复诊。'], // b28
      [
        'Why is antifreeze so dangerous for kids?',
        'Drinking antifreeze, even a small sip, leads to kidney failure within a day or two. It tastes sweet, which is why children and pets drink it. Store it locked away.',
      ], // b29
      ['百草枯为什么这么可怕？', '口服百草枯后数天内会出现进行性肺纤维化，病死率很高。一旦接触要立刻就医。'], // b30
      ['饮食', '1.宜吃强酸性的食物；'],
      ['汽油中毒', '(1)烧灼感：患者口服汽油后即刻感到口渴，咽及胃部有烧灼感;'],
    ];
    for (const [q, a] of keep) expect(routeMismatch(q, a), a).toBeUndefined();
  });

  it('builds its lookup from the chemical and poison tables, without smoked tobacco or bare class words', () => {
    const agents = notByMouthAgents();
    const ids = new Set(agents.map((a) => a.id));
    expect(ids.has('hypochlorite') && ids.has('methyl-salicylate') && ids.has('fish-gallbladder') && ids.has('povidone-iodine')).toBe(true);
    expect(ids.has('tobacco') || ids.has('wild-mushroom')).toBe(false);
    expect(agents.some((a) => a.en.includes('acid') || a.en.includes('paraffin'))).toBe(false);
  });
});
