import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { secretariatStack } from './stack';

const app = new App();
secretariatStack(app);
// `cdk synth` and `cdk deploy` stop on any AwsSolutions finding not acknowledged with a reason.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
