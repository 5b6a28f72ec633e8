import type { Context } from 'koa';
import { errors } from '@strapi/utils';

/** A route that acts for the logged-in user (a public grant would otherwise reach it): 401 without one. */
export default (ctx: Context) => {
  if (!ctx.state.user) throw new errors.UnauthorizedError('login required');
  return true;
};
