// The build's compiled rule tables (see rule-tables.ts and vite.config.ts's `ruleTables` plugin).
declare module 'virtual:replycoach/rule-tables' {
  const tables: import('./rule-tables').RuleTables;
  export default tables;
}
