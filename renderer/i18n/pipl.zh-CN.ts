/** 个人信息 at the desk: the consent notice at registration, and showing a masked phone in full. zh-CN first. */
export const piplZhCN = {
  consent: {
    title: '个人信息告知(请向访客读出)',
    question: '访客同意登记姓名和电话吗?',
    given: '已告知并同意',
    declined: '不同意',
    required: '请先向访客读出告知内容,并选择「已告知并同意」或「不同意」',
    anonymous: '访客不同意:本次只作匿名接待,记录人数和需求,不保存姓名和电话,以后也不能补登。轮排照常接待。',
    anonymousForm: '匿名接待:不登记姓名、电话和同行人',
    anonymousResult: '匿名接待:访客不同意登记个人信息,本次来访不保存姓名和电话,也不能补登。',
    unavailable: '告知内容暂时无法读取({error}),请稍后重试',
  },
  reveal: {
    show: '显示号码',
    showFor: '显示 {name} 的完整号码',
    autoHide: '30 秒后自动隐藏',
    hide: '隐藏',
  },
};
