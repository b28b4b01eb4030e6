import { Col, Row } from 'antd';
import type { ReactNode } from 'react';

/** A page's main column (two thirds of a wide screen) and what goes beside it; one above the other on a phone. */
export function MainWithAside({ main, aside }: { main: ReactNode; aside: ReactNode }) {
  return (
    <Row gutter={16}>
      <Col xs={24} lg={16}>
        {main}
      </Col>
      <Col xs={24} lg={8}>
        {aside}
      </Col>
    </Row>
  );
}
