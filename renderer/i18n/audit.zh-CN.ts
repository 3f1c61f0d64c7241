/** 审计日志: the supervisor's audit log tab, zh-CN first. */
export const auditZhCN = {
  tab: '审计日志',
  intro:
    '主管的每项决定、设置改动、导入导出、备份与恢复都记在这里,不能修改或删除。每条都带有上一条的校验值,改动任何一条都会被发现。',
  chainOk: '校验通过:共 {count} 条,未被改动',
  chainBroken: '校验失败:第 {id} 条起记录被改动过({message})',
  empty: '还没有记录。',
  when: '时间',
  who: '操作人',
  what: '操作',
  subject: '对象',
  more: '更早的记录',
  actions: {
    pin: {
      locked: '密码错误次数过多,已锁定',
    },
    roster: {
      save: '保存排班',
    },
    queue: {
      reorder: '调整队列顺序',
      skip: '跳过',
      makeup: '补位',
      assign: '指派接待',
      suspend: '暂停轮转',
      resume: '恢复轮转',
    },
    settings: {
      policy: '修改轮转规则',
      split: '修改分单规则',
      office: '修改案场信息',
      'backup-keep': '修改备份保留份数',
      retention: '修改保存期限',
    },
    staff: {
      add: '新增员工',
      update: '修改员工',
      depart: '员工离职',
    },
    client: {
      'owner-override': '更改客户归属',
      'pool-hand-over': '公海分配',
    },
    ruling: {
      decide: '撞单裁定',
    },
    sale: {
      record: '登记成交',
    },
    day: {
      close: '日结',
    },
    sheet: {
      correct: '更正登记表',
    },
    import: {
      ledger: '导入台账',
    },
    person: {
      find: '查询个人信息',
      export: '导出个人信息',
      erase: '删除个人信息',
    },
    retention: {
      purge: '保存期限清理',
    },
    phone: {
      reveal: '查看完整号码',
    },
    export: {
      records: '导出数据',
      'sheet-pdf': '导出登记表 PDF',
      'month-sheets-pdf': '导出整月登记表 PDF',
    },
    backup: {
      manual: '手动备份',
      daily: '自动备份',
      restore: '恢复备份',
    },
    lan: {
      on: '开启局域网服务',
      off: '关闭局域网服务',
      pair: '配对局域网设备',
      revoke: '撤销局域网设备',
      'restore-reset': '恢复备份后撤销全部设备、关闭局域网服务',
    },
  },
};
