import { builder } from '../../../builder.js';
import { doc } from '../../../graph/awsShapes.js';

interface VpcConfig {
  securityGroupIds: string[] | undefined;
  subnetIds: string[] | undefined;
  vpcId: string | undefined;
}

/** One type for the identical VpcConfig and TestGridVpcConfig shapes of Device Farm. */
export const DeviceFarmVpcConfig = builder.objectRef<VpcConfig>('DeviceFarmVpcConfig').implement({
  description: doc('VpcConfig'),
  fields: (t) => ({
    securityGroupIds: t.exposeStringList('securityGroupIds', { nullable: true, description: doc('VpcConfig', 'securityGroupIds') }),
    subnetIds: t.exposeStringList('subnetIds', { nullable: true, description: doc('VpcConfig', 'subnetIds') }),
    vpcId: t.exposeString('vpcId', { nullable: true, description: doc('VpcConfig', 'vpcId') }),
  }),
});
