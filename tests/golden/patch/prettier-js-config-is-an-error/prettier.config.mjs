export default { semi: false };
