export { getShops } from '../../shared/shops';
