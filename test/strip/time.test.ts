import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findPublishTime, findTime, isBareTimestamp, isHeaderLine } from '../../src/strip/time.js';
import { eachCase } from '../helpers/table.js';

test('publish times as pages write them become ISO 8601 (+08:00 with a time, a date without)', () => {
  eachCase(findPublishTime, [
    ['2021-06-22 06:03', '2021-06-22T06:03:00+08:00'],
    ['2021年06月22日 06:03', '2021-06-22T06:03:00+08:00'],
    ['2021年6月22日06:03:15', '2021-06-22T06:03:15+08:00'],
    ['发布时间：2022-02-13 04:22:18', '2022-02-13T04:22:18+08:00'],
    ['时间:2021-06-22 06:03 次浏览', '2021-06-22T06:03:00+08:00'],
    ['来源：示例网 2019-09-05', '2019-09-05'],
    ['2022.01.20 16:31 来源：客户端', '2022-01-20T16:31:00+08:00'],
    ['2005/03/16 21:10:00 by X', '2005-03-16T21:10:00+08:00'],
    ['2021-06-22T06:03:00+08:00', '2021-06-22T06:03:00+08:00'],
    ['2022-02-06T12:48:06+00:00', '2022-02-06T20:48:06+08:00'],
    ['2022-02-06T20:00:00Z', '2022-02-07T04:00:00+08:00'],
    ['发布日期： 9/17/2004 5:54:13 AM', '2004-09-17T05:54:13+08:00'],
    ['7/5/2005 9:23:57 PM', '2005-07-05T21:23:57+08:00'],
    ['25/12/2005', '2005-12-25'],
    ['2022-01-28 00:00:00', '2022-01-28'],
    ['2018年3月38日', null],
    ['2024年二季度', null],
    ['9月14日', null],
  ]);
});

test('an impossible date is passed over for a valid one later in the line', () => {
  assert.equal(findPublishTime('2018-02-30 再 2018-03-01'), '2018-03-01');
});

test('labels in front of a time are seen', () => {
  assert.equal(findTime('发布时间：2022-02-13')?.labeled, true);
  assert.equal(findTime('发表于 2005-9-15 11:46:00')?.labeled, true);
  assert.equal(findTime('会议于是在2004-12-11举行')?.labeled, false);
});

test('bare timestamps and header lines are told apart from prose', () => {
  assert.equal(isBareTimestamp('2024-04-25 20:24:50'), true);
  assert.equal(isBareTimestamp('2005-04-05 06:40更新'), true);
  assert.equal(isBareTimestamp('2019年11月28日，某平台贷款余额为85.8亿元。'), false);
  assert.equal(isHeaderLine('作者:admin时间:2021-06-22 06:03 次浏览'), true);
  assert.equal(isHeaderLine('编辑整理:整理来源:某问答社区,浏览量:73,时间:2023-05-16 09:12:40'), true);
  assert.equal(isHeaderLine('2021年6月22日，记者从发布会上获悉，平台已全部退出。'), false);
});
