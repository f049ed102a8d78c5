import { App } from 'aws-cdk-lib';
import { secretariatStack } from './stack';

secretariatStack(new App());
